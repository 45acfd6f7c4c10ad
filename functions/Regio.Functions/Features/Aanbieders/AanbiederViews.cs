using Regio.Domain.Aanbieders;
using Regio.Domain.Organisaties;
using Regio.Functions.Hosting;
using Regio.Platform.Aanbieders;

namespace Regio.Functions.Features.Aanbieders;

/// <summary>An aanbieder on the platform, as anyone may know it: its id, name and KvK number.</summary>
public sealed record AanbiederView(string Id, string Naam, string? KvkNummer)
{
    public static AanbiederView From(Organisatie o) => new(o.Id.Value, o.Naam, o.Kvk?.Value);
}

public sealed record VerklaringView(string Soort, string Omschrijving, string AfgegevenDoor, DateTimeOffset Op, string? DocumentSha256)
{
    public static List<VerklaringView> From(IEnumerable<Verklaring> verklaringen) =>
        verklaringen.Select(v => new VerklaringView(v.Soort.ToString(), v.Soort.Tekst(), v.AfgegevenDoor, v.Op, v.DocumentSha256)).ToList();
}

public sealed record CombinatielidView(string Organisatie, string Naam, string Status, bool Penvoerder, DateTimeOffset Sinds, List<VerklaringView> Verklaringen);

/// <summary>A combinatie as its members see it; <see cref="Aangemeld"/> once it counts, else <see cref="Ontbreekt"/> says why not.</summary>
public sealed record CombinatieView(
    string Id, string Sleutel, string Naam, string TrajectId, int Perceel, string Penvoerder, bool Aangemeld, List<string> Ontbreekt, List<CombinatielidView> Leden)
{
    public static CombinatieView From(Combinatie c) => new(
        c.Id.Value, c.Sleutel, c.Naam, c.Traject.Value, c.Perceel, c.Penvoerder.Value, c.IsAangemeld, [.. c.Ontbreekt()],
        c.Leden.Select(l => new CombinatielidView(l.Organisatie.Value, l.Naam, l.Status.ToString(), l.Organisatie == c.Penvoerder, l.Sinds, VerklaringView.From(l.Verklaringen))).ToList());
}

public sealed record AanmeldingView(string TrajectId, int Perceel, string Aanbieder, string AanbiederNaam, string Inschrijver, string? Combinatie, DateTimeOffset Op, List<VerklaringView> Verklaringen)
{
    public static AanmeldingView From(Aanmelding a) =>
        new(a.Traject.Value, a.Perceel, a.Aanbieder.Value, a.AanbiederNaam, a.Inschrijver, a.Combinatie?.Value, a.Op, VerklaringView.From(a.Verklaringen));
}

/// <summary>One registration as the contracting authority sees it: who, alone or as combinatie with its confirmed members, and whether it counts.</summary>
public sealed record AanmelderView(string Sleutel, string Naam, string Soort, bool Aangemeld, DateTimeOffset Sinds, List<string> Leden, List<string> Verklaringen);

/// <summary>
/// The registrations of a perceel. An aanbieder gets its own (<see cref="Eigen"/>, <see cref="EigenCombinaties"/>);
/// the owner gets all of them (<see cref="Inschrijvers"/>). <see cref="Gesloten"/> says why registering is not possible now.
/// </summary>
public sealed record PerceelAanmeldingenView(
    string TrajectId, int Perceel, string PerceelNaam, string? Gesloten, AanmeldingView? Eigen, List<CombinatieView> EigenCombinaties, List<AanmelderView> Inschrijvers)
{
    public static PerceelAanmeldingenView From(Perceelbeeld b) => new(
        b.Traject.Id.Value, b.Perceel.Nummer, b.Perceel.Naam, b.Dicht?.Melding,
        b.Eigen is { } eigen ? AanmeldingView.From(eigen) : null,
        b.EigenCombinaties.Select(CombinatieView.From).ToList(),
        [.. b.Alleen.Select(a => new AanmelderView(a.Inschrijver, a.AanbiederNaam, "alleen", true, a.Op, [a.AanbiederNaam], a.Verklaringen.Select(v => v.Soort.ToString()).ToList())),
         .. b.Combinaties.Select(c => new AanmelderView(c.Sleutel, c.Naam, "combinatie", c.IsAangemeld, c.Opgericht,
             c.Bevestigd.Select(l => l.Naam).ToList(), c.Bevestigd.SelectMany(l => l.Verklaringen.Select(v => $"{l.Organisatie}:{v.Soort}")).ToList()))]);
}

public sealed record EigenAanmeldingView(string TrajectId, string TrajectNaam, int Perceel, string PerceelNaam, AanmeldingView? Aanmelding, List<CombinatieView> Combinaties)
{
    public static EigenAanmeldingView From(EigenAanmelding e) => new(
        e.Traject.Id.Value, e.Traject.Naam, e.Perceel.Nummer, e.Perceel.Naam,
        e.Aanmelding is { } a ? AanmeldingView.From(a) : null, e.Combinaties.Select(CombinatieView.From).ToList());
}

public sealed record VerklaringenRequest(List<string>? Verklaringen, string? UeaSha256)
{
    public Verklaringsinvoer AlsInvoer() => new(Verklaringen ?? [], UeaSha256);
}

public sealed record CombinatieRequest([property: IdVeld] string? TrajectId, int? Perceel, string? Naam, [property: IdVeld] List<string>? Leden, List<string>? Verklaringen, string? UeaSha256);

public sealed record UitnodigingRequest([property: IdVeld] string? Organisatie);
