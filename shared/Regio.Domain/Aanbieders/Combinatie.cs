using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;

namespace Regio.Domain.Aanbieders;

public enum Lidstatus
{
    Uitgenodigd,
    Bevestigd,
    Afgewezen,
}

/// <summary>An aanbieder in a combinatie: its answer to the invitation and its own statements.</summary>
public sealed record Lid(OrganisatieId Organisatie, string Naam, Lidstatus Status, DateTimeOffset Sinds, IReadOnlyList<Verklaring> Verklaringen)
{
    public bool HeeftUea => Verklaringen.Any(v => v.Soort == Verklaringsoort.Uea);
}

/// <summary>
/// Aanbieders that register for one perceel together and bid as one. The penvoerder starts it and is its first member;
/// it invites the others, each of which confirms or declines for itself. It counts as registered once at least two
/// members confirmed and every confirmed member gave its UEA (<see cref="IsAangemeld"/>).
/// </summary>
public sealed record Combinatie(
    CombinatieId Id, string Naam, TrajectId Traject, int Perceel, OrganisatieId Penvoerder, IReadOnlyList<Lid> Leden, DateTimeOffset Opgericht)
{
    public const int MinimumLeden = 2;

    public string Sleutel => $"combinatie|{Id}";

    public IReadOnlyList<Lid> Bevestigd => Leden.Where(l => l.Status == Lidstatus.Bevestigd).ToList();

    public bool IsAangemeld => Bevestigd.Count >= MinimumLeden && Bevestigd.All(l => l.HeeftUea);

    public Lid? LidVan(OrganisatieId organisatie) => Leden.FirstOrDefault(l => l.Organisatie == organisatie);

    /// <summary>Invited, confirmed or declined: an organisation that may know this combinatie exists.</summary>
    public bool IsBetrokken(OrganisatieId organisatie) => LidVan(organisatie) is not null;

    /// <summary>What is still missing before it counts as registered, in Dutch; empty once it is registered.</summary>
    public IReadOnlyList<string> Ontbreekt()
    {
        var ontbreekt = new List<string>();
        if (Bevestigd.Count < MinimumLeden)
        {
            ontbreekt.Add($"Ten minste {MinimumLeden} leden moeten hun deelname bevestigen; nu {Bevestigd.Count}.");
        }
        ontbreekt.AddRange(Bevestigd.Where(l => !l.HeeftUea).Select(l => $"{l.Naam} heeft het UEA nog niet verklaard."));
        return ontbreekt;
    }

    /// <summary>As an inschrijver: the confirmed members, the penvoerder first.</summary>
    public Inschrijver AlsInschrijver() =>
        new(Sleutel, Naam, Bevestigd.OrderBy(l => l.Organisatie == Penvoerder ? 0 : 1).Select(l => l.Organisatie).ToList());

    public Combinatie MetLid(Lid lid) =>
        this with { Leden = LidVan(lid.Organisatie) is null ? [.. Leden, lid] : Leden.Select(l => l.Organisatie == lid.Organisatie ? lid : l).ToList() };

    public Combinatie ZonderLid(OrganisatieId organisatie) => this with { Leden = Leden.Where(l => l.Organisatie != organisatie).ToList() };
}
