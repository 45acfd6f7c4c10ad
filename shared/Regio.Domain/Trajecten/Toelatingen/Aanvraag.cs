namespace Regio.Domain.Trajecten.Toelatingen;

/// <summary>The aanbieder's statement on one published requirement (eis) of the open house.</summary>
public sealed record EisAntwoord(string Eis, string Antwoord);

/// <summary>
/// An aanvraag tot toelating by an aanbieder (or combinatie, <see cref="Aanvrager"/> is its <c>Inschrijver.Sleutel</c>) for
/// one perceel of an open house. It gets exactly one <see cref="Besluit"/>; a refused aanbieder may apply again with a new one.
/// </summary>
public sealed record Aanvraag(
    int Nummer,
    int Perceel,
    string Aanvrager,
    string AanvragerNaam,
    IReadOnlyList<EisAntwoord> Antwoorden,
    DateTimeOffset IngediendOp,
    string IngediendDoor,
    Toelatingsbesluit? Besluit = null)
{
    public bool IsToegelaten => Besluit is { Toegelaten: true };

    public bool IsAfgewezen => Besluit is { Toegelaten: false };
}

/// <summary>The inkoper's decision with its reasons; for an admission, the day the overeenkomst was signed once it is.</summary>
public sealed record Toelatingsbesluit(bool Toegelaten, string Motivering, DateOnly Datum, string Door, DateOnly? OvereenkomstGetekend = null);

/// <summary>How many aanvragen a perceel had, and what became of them.</summary>
public sealed record Toelatingstelling(int Perceel, int Aangevraagd, int Toegelaten, int Afgewezen, int InBehandeling)
{
    public static Toelatingstelling Tel(int perceel, IEnumerable<Aanvraag> aanvragen)
    {
        var van = aanvragen.Where(a => a.Perceel == perceel).ToList();
        return new(perceel, van.Count, van.Count(a => a.IsToegelaten), van.Count(a => a.IsAfgewezen), van.Count(a => a.Besluit is null));
    }
}
