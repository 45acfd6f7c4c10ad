using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Inschrijvingen;

/// <summary>An opened moment: the opening record and, per inschrijver, the submission that counts.</summary>
public sealed record GeopendMoment(Indienmoment Moment, IReadOnlyList<(string Inschrijver, Indiening Indiening)> Inschrijvingen);

/// <summary>A file of an opened submission, for download. The caller disposes <paramref name="Inhoud"/>.</summary>
public sealed record GeopendBestand(OntvangenBestand Bestand, Stream Inhoud);

/// <summary>The four-eyes opening and reading the documents after it.</summary>
public sealed partial class InschrijvingenBeheer
{
    /// <summary>The first key: one authorised person starts the opening after the deadline.</summary>
    public Task<Uitkomst<Gelezen<Indienmoment>>> StartOpeningAsync(Actor actor, TrajectId id, int perceel, Momentsoort soort, CancellationToken ct) =>
        OpenAsync(actor, id, perceel, soort, "opening starten", (m, nu) => Inschrijvingsregels.StartOpening(m, actor.AuditNaam, actor.Naam, nu, Sluiting(m)),
            m => $"Opening van {Indienmoment.Naam(soort)} gestart door {m.Opening!.GestartDoorNaam}", ct);

    /// <summary>
    /// The second key: a different authorised person confirms, and only then are the documents readable. The opening of the
    /// inschrijving then goes into the perceel's dossier as well.
    /// </summary>
    public async Task<Uitkomst<Gelezen<Indienmoment>>> BevestigOpeningAsync(Actor actor, TrajectId id, int perceel, Momentsoort soort, CancellationToken ct)
    {
        var uitkomst = await OpenAsync(actor, id, perceel, soort, "opening bevestigen", (m, nu) => Inschrijvingsregels.BevestigOpening(m, actor.AuditNaam, actor.Naam, nu),
            m => $"Inschrijvingen van {Indienmoment.Naam(soort)} geopend door {m.Opening!.GestartDoorNaam} en {m.Opening.BevestigdDoorNaam}", ct).ConfigureAwait(false);
        if (uitkomst is Uitkomst<Gelezen<Indienmoment>>.Gelukt { Waarde.Waarde: var geopend })
            await LegOpeningInDossierVastAsync(actor, id, perceel, geopend, ct).ConfigureAwait(false);
        return uitkomst;
    }

    /// <summary>The submissions that count, after a valid opening; before it they do not exist for anyone.</summary>
    public async Task<Uitkomst<GeopendMoment>> GeopendAsync(Actor actor, TrajectId id, int perceel, Momentsoort soort, CancellationToken ct)
    {
        var moment = (await store.MomentAsync(id, perceel, soort, ct).ConfigureAwait(false))?.Waarde;
        var toegang = await OpenAsync(actor, id, perceel, Actie.InschrijvingenLezen, "geopende inschrijvingen lezen", ct, moment).ConfigureAwait(false);
        if (!toegang.TryGet(out _))
            return toegang.RefusalAs<GeopendMoment>();
        var alle = await store.AlleAsync(id, perceel, soort, ct).ConfigureAwait(false);
        await store.AuditAsync(id, perceel, Event(actor, $"Geopende inschrijvingen van {Indienmoment.Naam(soort)} ingezien", $"opening:{id}:{perceel}:{Indienmoment.Naam(soort)}", null, null), ct).ConfigureAwait(false);
        return new GeopendMoment(moment!, alle.Where(i => i.Geldend is not null).Select(i => (i.Naam, i.Geldend!)).ToList());
    }

    public async Task<Uitkomst<GeopendBestand>> OpenBestandAsync(Actor actor, TrajectId id, int perceel, Momentsoort soort, string uploadId, CancellationToken ct)
    {
        var moment = (await store.MomentAsync(id, perceel, soort, ct).ConfigureAwait(false))?.Waarde;
        var toegang = await OpenAsync(actor, id, perceel, Actie.InschrijvingenLezen, $"document {uploadId} van een inschrijving lezen", ct, moment).ConfigureAwait(false);
        if (!toegang.TryGet(out _))
            return toegang.RefusalAs<GeopendBestand>();
        var alle = await store.AlleAsync(id, perceel, soort, ct).ConfigureAwait(false);
        var gevonden = alle.SelectMany(i => (i.Geldend?.Bestanden ?? []).Select(b => (i.Inschrijver, Bestand: b))).FirstOrDefault(x => x.Bestand.UploadId == uploadId);
        if (gevonden.Inschrijver is null)
            return new Uitkomst<GeopendBestand>.NietGevonden();
        // Only the file as it was submitted (its ETag then); a blob changed since is not served.
        var inhoud = await blobs.DownloadAsync(InschrijvingBlobs.BlobNaam(id, perceel, soort, gevonden.Inschrijver, uploadId), new Azure.ETag(gevonden.Bestand.ETag), ct).ConfigureAwait(false);
        if (inhoud is null)
            return new Uitkomst<GeopendBestand>.NietGevonden();
        await store.AuditAsync(id, perceel, Event(actor, "Document van een geopende inschrijving gedownload", $"opening:{id}:{perceel}:{Indienmoment.Naam(soort)}",
            null, Json.Write(new { gevonden.Bestand.Document, gevonden.Bestand.Bestandsnaam, gevonden.Bestand.Sha256 })), ct).ConfigureAwait(false);
        return new GeopendBestand(gevonden.Bestand, inhoud);
    }

    private async Task<Uitkomst<Gelezen<Indienmoment>>> OpenAsync(Actor actor, TrajectId id, int perceel, Momentsoort soort, string wat,
        Func<Indienmoment, DateTimeOffset, InschrijvingUitkomst<Indienmoment>> regel, Func<Indienmoment, string> actie, CancellationToken ct)
    {
        var toegang = await OpenAsync(actor, id, perceel, Actie.InschrijvingenOpenen, wat, ct).ConfigureAwait(false);
        if (!toegang.TryGet(out _))
            return toegang.RefusalAs<Gelezen<Indienmoment>>();
        if (await store.MomentAsync(id, perceel, soort, ct).ConfigureAwait(false) is not { } bestaand)
            return new InschrijvingWeigering.GeenMoment();
        var uitkomst = regel(bestaand.Waarde, time.GetUtcNow());
        if (uitkomst is InschrijvingUitkomst<Indienmoment>.Geweigerd w)
            return w.Weigering;
        var nieuw = ((InschrijvingUitkomst<Indienmoment>.Toegestaan)uitkomst).Waarde;
        var audit = Event(actor, actie(nieuw), $"opening:{id}:{perceel}:{Indienmoment.Naam(soort)}", Json.Write(bestaand.Waarde.Opening), Json.Write(nieuw.Opening));
        return await store.SchrijfAsync(id, perceel, nieuw, bestaand.ETag, audit, ct).ConfigureAwait(false) is { } etag
            ? new Gelezen<Indienmoment>(nieuw, etag)
            : new Uitkomst<Gelezen<Indienmoment>>.Conflict(Tegelijk);
    }
}
