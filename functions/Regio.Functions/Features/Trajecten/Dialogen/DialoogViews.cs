using Regio.Domain.Trajecten.Dialogen;
using Regio.Functions.Hosting;
using Regio.Platform.Trajecten.Dialogen;

namespace Regio.Functions.Features.Trajecten.Dialogen;

/// <summary>
/// A perceel's dialogue as one actor may see it: participants, rounds with shared documents, and only the sessions the
/// actor may see. <see cref="AlsDeelnemer"/> is the participant the caller acts for; null for the owner's people. With
/// <see cref="AndereDeelnemersVertrouwelijk"/> (a participant before the award) <see cref="Deelnemers"/> holds the caller only.
/// </summary>
public sealed record DialoogView(
    string TrajectId, int Perceel, string PerceelNaam, bool MagBeheren, DeelnemerView? AlsDeelnemer, bool AndereDeelnemersVertrouwelijk,
    IReadOnlyList<DeelnemerView> Deelnemers, IReadOnlyList<RondeView> Rondes, IReadOnlyList<SessieView> Sessies)
{
    public static DialoogView From(Dialoogbeeld b)
    {
        var id = b.Traject.Id.Value;
        return new(id, b.Perceel.Nummer, b.Perceel.Naam, b.MagBeheren, b.AlsDeelnemer is { } a ? new(a.Sleutel, a.Naam) : null, !b.DeelnemersZichtbaar,
            b.Dialoog.Deelnemers.Select(d => new DeelnemerView(d.Sleutel, d.Naam)).ToList(),
            b.Dialoog.Rondes.Select(r => new RondeView(r.Nummer, r.Titel, r.Van, r.Tot,
                r.Documenten.Select(d => GedeeldDocumentView.From(id, b.Perceel.Nummer, r.Nummer, d)).ToList())).ToList(),
            b.Sessies.Select(s => SessieView.From(s, b.NaamVan(s.Waarde.Deelnemer))).ToList());
    }
}

public sealed record DeelnemerView(string Sleutel, string Naam);

public sealed record RondeView(int Nummer, string Titel, DateOnly Van, DateOnly Tot, IReadOnlyList<GedeeldDocumentView> Documenten);

/// <summary>A document shared in a round; <see cref="GedeeldOp"/> is the moment every participant got it.</summary>
public sealed record GedeeldDocumentView(
    int Nummer, string Titel, string Bestandsnaam, string Soort, long Grootte, string Sha256, DateTimeOffset GedeeldOp, string Door, string Download)
{
    public static GedeeldDocumentView From(string trajectId, int perceel, int ronde, GedeeldDocument d) => new(
        d.Nummer, d.Titel, d.Bestandsnaam, d.Soort, d.Grootte, d.Sha256, d.GedeeldOp, d.Door,
        $"/api/trajecten/{trajectId}/percelen/{perceel}/dialoog/rondes/{ronde}/documenten/{d.Nummer}");
}

/// <summary>A session with its minutes; only ever shown to the owner's people and the participant concerned.</summary>
public sealed record SessieView(
    int Ronde, string Deelnemer, string DeelnemerNaam, DateOnly Datum, TimeOnly Tijd, string Locatie, VerslagView? Verslag, string? ETag)
{
    public static SessieView From(Stand<Dialoogsessie> v, string naam) => new(
        v.Waarde.Ronde, v.Waarde.Deelnemer, naam, v.Waarde.Datum, v.Waarde.Tijd, v.Waarde.Locatie,
        v.Waarde.Verslag is { } s ? new VerslagView(s.Tekst, s.Afspraken.Select(a => new AfspraakView(a.Omschrijving, a.Eigenaar, a.Uiterlijk)).ToList(), s.VastgelegdOp, s.Door) : null,
        v.Versie?.ToString());
}

public sealed record VerslagView(string Tekst, IReadOnlyList<AfspraakView> Afspraken, DateTimeOffset VastgelegdOp, string Door);

public sealed record AfspraakView(string Omschrijving, string Eigenaar, DateOnly Uiterlijk);

/// <summary>An aanbieder organisation the inkoper can add as participant.</summary>
public sealed record KandidaatView(string Id, string Naam);

public sealed record DeelnemerRequest([property: IdVeld] string? Aanbieder);

public sealed record RondeRequest(string? Titel, DateOnly? Van, DateOnly? Tot);

/// <summary><see cref="Deelnemer"/> is the participant's key, as listed under deelnemers.</summary>
public sealed record SessieRequest([property: IdVeld] string? Deelnemer, DateOnly? Datum, TimeOnly? Tijd, string? Locatie);

public sealed record VerslagRequest(string? Tekst, IReadOnlyList<AfspraakRequest?>? Afspraken);

public sealed record AfspraakRequest(string? Omschrijving, string? Eigenaar, DateOnly? Uiterlijk);
