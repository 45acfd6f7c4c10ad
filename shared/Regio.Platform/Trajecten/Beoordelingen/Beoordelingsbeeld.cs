using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Beoordelingen;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Platform.Trajecten.Beoordelingen;

/// <summary>
/// The beoordeling of a perceel as one reader may see it. Scores appear only where the policy allows: one's own always,
/// everyone's once all have scored (for active members and the inkoper or coordinator), never for an excluded member.
/// </summary>
public sealed record Beoordelingsbeeld(
    Traject Traject,
    Perceel Perceel,
    Gelezen<Gunningscriteria>? Criteria,
    bool IsGeopend,
    Gelezen<IReadOnlyList<Beoordelaar>>? Commissie,
    IReadOnlyList<Beoordeelde> Inschrijvingen,
    Voortgang Voortgang,
    Beoordelaar? Ik,
    Bevoegdheden Mag,
    IReadOnlyList<Beoordelaar> Kandidaten,
    Rangschikking? Rangschikking)
{
    public bool ReeleTarieven => Traject.Contract?.ReeleTarieven == true;
}

/// <summary>
/// One opened inschrijving: its verdict, its files (for who may read them), the reader's own scores, the others'
/// (once all have scored), and the consensus with its weighted total.
/// </summary>
public sealed record Beoordeelde(
    GeopendeInschrijver Inschrijver,
    Gelezen<Geldigheid>? Geldigheid,
    IReadOnlyList<OntvangenBestand> Bestanden,
    Gelezen<IndividueleBeoordeling>? Eigen,
    IReadOnlyList<IndividueleBeoordeling> Allen,
    Gelezen<Consensus>? Consensus,
    decimal? Totaal);

/// <summary>How far the scoring is, without a single score: "2 van 3 beoordelaars klaar".</summary>
public sealed record Voortgang(int Klaar, int Actief, bool AllesGetoetst, bool IedereenHeeftGescoord, bool Compleet, IReadOnlyList<string> KlaarLeden);

/// <summary>What the reader may do here, from the access policy.</summary>
public sealed record Bevoegdheden(bool Leiden, bool Scoren, bool VerstrengelingMelden, bool ScoresZien, bool ConsensusVastleggen, bool DocumentenLezen);

/// <summary>Scores the reader may see, with the commissie to name whose they are.</summary>
public sealed record Scoresbeeld(IReadOnlyList<Gelezen<IndividueleBeoordeling>> Scores, IReadOnlyList<Beoordelaar> Commissie);

/// <summary>The criteria of a perceel as anyone who sees the traject may read them; null criteria: none set yet.</summary>
public sealed record Criteriabeeld(Traject Traject, Perceel Perceel, Gelezen<Gunningscriteria>? Criteria, bool Bevroren, bool MagWijzigen)
{
    public bool ReeleTarieven => Traject.Contract?.ReeleTarieven == true;
}

/// <summary>
/// The outcome of a perceel's beoordeling, for the gunningsbeslissing and the proces-verbaal: the criteria, the consensus
/// of the valid inschrijvingen, the ranking (ties reported, not broken), every opened inschrijver's name, every verdict on
/// validity, the commissie (with declared conflicts) and whether every valid inschrijving has a consensus.
/// <see cref="Individueel"/> holds every member's own scores, kept beside the consensus.
/// </summary>
public sealed record Beoordelingsuitslag(
    Gunningscriteria Criteria,
    IReadOnlyList<Consensus> Consensus,
    Rangschikking Rangschikking,
    IReadOnlyDictionary<string, string> Namen,
    IReadOnlyList<Geldigheid> Geldigheden,
    IReadOnlyList<Beoordelaar> Commissie,
    bool Compleet)
{
    public IReadOnlyList<IndividueleBeoordeling> Individueel { get; init; } = [];

    internal static Beoordelingsuitslag? Van(GelezenBeoordeling gelezen)
    {
        var dossier = gelezen.Dossier;
        if (dossier.Criteria is not { } criteria)
            return null;
        var geldige = dossier.Geldige;
        return new Beoordelingsuitslag(criteria, dossier.Consensus.Where(c => geldige.Contains(c.Inschrijver)).ToList(), dossier.Rangschikking,
            gelezen.Inschrijvers.ToDictionary(i => i.Sleutel, i => i.Naam), dossier.Geldigheden, dossier.Commissie, dossier.Compleet)
        {
            Individueel = dossier.Beoordelingen,
        };
    }
}
