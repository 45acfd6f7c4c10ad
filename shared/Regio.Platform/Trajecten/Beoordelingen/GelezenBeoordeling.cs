using Regio.Domain.Trajecten.Beoordelingen;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Storage;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Platform.Trajecten.Beoordelingen;

/// <summary>An opened inschrijver whose submission counts: its key and the name it submitted under.</summary>
public sealed record GeopendeInschrijver(string Sleutel, string Naam);

/// <summary>
/// The beoordeling of a perceel as read from storage, each part with the version a change must send back, and the
/// version of the stand (<see cref="Versie.Leeg"/> before the first change). Everything in it is for the use cases to
/// filter: who may see which part is <see cref="Toegang.AccessPolicy"/>'s to say.
/// </summary>
public sealed record GelezenBeoordeling(
    Versie Stand,
    long Wijzigingen,
    Gelezen<Indienmoment>? Moment,
    Gelezen<Gunningscriteria>? Criteria,
    Gelezen<IReadOnlyList<Beoordelaar>>? Commissie,
    IReadOnlyList<GeopendeInschrijver> Inschrijvers,
    IReadOnlyList<Gelezen<Geldigheid>> Geldigheden,
    IReadOnlyList<Gelezen<IndividueleBeoordeling>> Beoordelingen,
    IReadOnlyList<Gelezen<Consensus>> Consensus)
{
    public Beoordelingsdossier Dossier { get; } = new(
        Criteria?.Waarde,
        Commissie?.Waarde ?? [],
        Inschrijvers.Select(i => i.Sleutel).ToList(),
        Geldigheden.Select(g => g.Waarde).ToList(),
        Beoordelingen.Select(b => b.Waarde).ToList(),
        Consensus.Select(c => c.Waarde).ToList(),
        Moment?.Waarde.IsGeopend == true);

    public string Naam(string inschrijver) => Inschrijvers.FirstOrDefault(i => i.Sleutel == inschrijver)?.Naam ?? inschrijver;

    public Gelezen<Geldigheid>? GeldigheidVan(string inschrijver) => Geldigheden.FirstOrDefault(g => g.Waarde.Inschrijver == inschrijver);

    public Gelezen<IndividueleBeoordeling>? BeoordelingVan(string beoordelaar, string inschrijver) =>
        Beoordelingen.FirstOrDefault(b => b.Waarde.Beoordelaar == beoordelaar && b.Waarde.Inschrijver == inschrijver);

    public Gelezen<Consensus>? ConsensusVan(string inschrijver) => Consensus.FirstOrDefault(c => c.Waarde.Inschrijver == inschrijver);
}
