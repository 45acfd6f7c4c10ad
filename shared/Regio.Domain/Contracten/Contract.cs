using Regio.Domain.Trajecten;

namespace Regio.Domain.Contracten;

/// <summary>
/// The contracting authority: a gemeente for its own traject, or the centrumgemeente on behalf of the regio
/// (<see cref="Namens"/>), which signs for all the gemeenten that take part.
/// </summary>
public sealed record Opdrachtgever(string Organisatie, string Naam, string? Namens);

/// <summary>The aanbieder (alone) or combinatie that was awarded, by its inschrijver key, with its members and their KvK numbers.</summary>
public sealed record Opdrachtnemer(string Inschrijver, string Naam, IReadOnlyList<Contractlid> Leden);

public sealed record Contractlid(string Organisatie, string Naam, string? Kvk);

/// <summary>One move of the start date, kept as the council asks for it: 1 January 2022 became 1 April 2022 because of the kort geding.</summary>
public sealed record Startverschuiving(DateOnly Van, DateOnly Naar, string Reden, string Wie, DateTimeOffset Wanneer);

/// <summary>An evaluation of the contract after a contract year, on the anniversary of the start.</summary>
public sealed record Evaluatiemoment(int NaJaar, DateOnly Datum);

/// <summary>
/// A contract created by the definitive award of a perceel to one aanbieder or combinatie. Its term and evaluation
/// moments come from the traject's contractvoorwaarden; its start can move, each move kept with its reason; for
/// taakgerichte bekostiging it carries the fixed amount per year in whole euros.
/// </summary>
public sealed record Contract(
    string Id,
    TrajectId Traject,
    string TrajectNaam,
    int Perceel,
    string PerceelNaam,
    Opdrachtgever Opdrachtgever,
    Opdrachtnemer Opdrachtnemer,
    DateOnly Startdatum,
    int LooptijdJaren,
    IReadOnlyList<int> Evaluatiemomenten,
    Bekostiging Bekostiging,
    long? BedragPerJaar,
    DateOnly Gegund,
    string AangemaaktDoor)
{
    public IReadOnlyList<Startverschuiving> Verschuivingen { get; init; } = [];

    /// <summary>Derived from the history, so the first promised date and the moves cannot disagree.</summary>
    public DateOnly OorspronkelijkeStart => Verschuivingen.Count == 0 ? Startdatum : Verschuivingen[0].Van;

    /// <summary>The last day of the term.</summary>
    public DateOnly Einddatum => Startdatum.AddYears(LooptijdJaren).AddDays(-1);

    public IReadOnlyList<Evaluatiemoment> Evaluaties => Evaluatiemomenten.Order().Select(j => new Evaluatiemoment(j, Startdatum.AddYears(j))).ToList();

    /// <summary>The id in URLs: "{traject}.{perceel}.{soort}.{id}" (the inschrijver key's "|" as "."); no part contains a dot.</summary>
    public static string IdVoor(TrajectId traject, int perceel, string inschrijver) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{traject}.{perceel}.{inschrijver.Replace('|', '.')}");

    /// <summary>The parts of an id, or null when it is no contract id at all (every part lower-case letters, digits and hyphens).</summary>
    public static (TrajectId Traject, int Perceel, string Inschrijver)? LeesId(string? id)
    {
        var delen = (id ?? "").Split('.');
        return delen.Length == 4 && delen.All(IsVeilig) && delen[2] is "aanbieder" or "combinatie"
            && int.TryParse(delen[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var perceel)
            ? (new TrajectId(delen[0]), perceel, $"{delen[2]}|{delen[3]}")
            : null;
    }

    /// <summary>Safe in a storage key and a URL: what traject, organisation and combinatie ids are made of.</summary>
    private static bool IsVeilig(string deel) => deel.Length is > 0 and <= 60 && deel.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
