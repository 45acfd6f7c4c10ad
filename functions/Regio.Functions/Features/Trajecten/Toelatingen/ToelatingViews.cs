using Regio.Domain.Trajecten.Toelatingen;
using Regio.Platform.Trajecten.Toelatingen;

namespace Regio.Functions.Features.Trajecten.Toelatingen;

/// <summary>
/// The open house of one perceel as the caller may see it: the owner's people get every aanvraag and the counts
/// (<see cref="Telling"/>), an aanbieder only its own aanvragen.
/// </summary>
public sealed record ToelatingenView(
    string TrajectId, int Perceel, string PerceelNaam, bool MagAanvragen, bool MagBeslissen, TellingView? Telling, IReadOnlyList<AanvraagView> Aanvragen)
{
    public static ToelatingenView From(Toelatingsoverzicht o, int perceel) => new(
        o.Traject.Id.Value, perceel, o.Traject.Percelen.Single(p => p.Nummer == perceel).Naam, o.MagAanvragen, o.MagBeslissen,
        o.Tellingen.FirstOrDefault(t => t.Perceel == perceel) is { } t ? TellingView.From(t) : null,
        o.Aanvragen.Where(a => a.Aanvraag.Perceel == perceel).OrderBy(a => a.Aanvraag.Nummer).Select(AanvraagView.From).ToList());
}

public sealed record TellingView(int Perceel, int Aangevraagd, int Toegelaten, int Afgewezen, int InBehandeling)
{
    public static TellingView From(Toelatingstelling t) => new(t.Perceel, t.Aangevraagd, t.Toegelaten, t.Afgewezen, t.InBehandeling);
}

public sealed record AanvraagView(
    int Nummer, int Perceel, string Aanvrager, string AanvragerNaam, IReadOnlyList<EisAntwoordView> Antwoorden,
    DateTimeOffset IngediendOp, string IngediendDoor, string Status, BesluitView? Besluit, string ETag)
{
    public static AanvraagView From(AanvraagVersie v) => new(
        v.Aanvraag.Nummer, v.Aanvraag.Perceel, v.Aanvraag.Aanvrager, v.Aanvraag.AanvragerNaam,
        v.Aanvraag.Antwoorden.Select(a => new EisAntwoordView(a.Eis, a.Antwoord)).ToList(),
        v.Aanvraag.IngediendOp, v.Aanvraag.IngediendDoor, StatusVan(v.Aanvraag),
        v.Aanvraag.Besluit is { } b ? new BesluitView(b.Toegelaten, b.Motivering, b.Datum, b.Door, b.OvereenkomstGetekend) : null,
        v.Versie.ToString());

    public static string StatusVan(Aanvraag a) => a.Besluit switch
    {
        null => "In behandeling",
        { Toegelaten: true, OvereenkomstGetekend: not null } => "Toegelaten, overeenkomst getekend",
        { Toegelaten: true } => "Toegelaten",
        _ => "Afgewezen",
    };
}

public sealed record EisAntwoordView(string Eis, string Antwoord);

public sealed record BesluitView(bool Toegelaten, string Motivering, DateOnly Datum, string Door, DateOnly? OvereenkomstGetekend);

/// <summary>Per published requirement (eis) how the aanbieder meets it.</summary>
public sealed record AanvraagRequest(IReadOnlyList<EisAntwoordRequest?>? Antwoorden);

public sealed record EisAntwoordRequest(string? Eis, string? Antwoord);

/// <summary><see cref="Toegelaten"/> true admits, false refuses; <see cref="Motivering"/> gives the reasons either way.</summary>
public sealed record BesluitRequest(bool? Toegelaten, string? Motivering);

public sealed record OvereenkomstRequest(DateOnly? Datum);
