using System.Text.RegularExpressions;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Audit;
using Regio.Platform.Documenten;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Inschrijvingen;

/// <summary>A short-lived grant to write one file straight into storage: PUT its blocks to <see cref="Uri"/>, then commit the block list.</summary>
public sealed record Uploadmachtiging(string UploadId, Uri Uri, DateTimeOffset VerlooptOp, long MaximumBytes);

/// <summary>One uploaded file to submit, as the sender declares it; the platform checks every word of it.</summary>
public sealed record InTeDienenBestand(string? Document, string? UploadId, string? Bestandsnaam, long Grootte, string? Sha256);

/// <summary>Upload grants, submitting, withdrawing, receipts and the aanbieder's own history.</summary>
public sealed partial class InschrijvingenBeheer
{
    private static readonly TimeSpan Geldigheid = TimeSpan.FromHours(1);

    /// <summary>A submission is one table transaction (at most 100 rows): its head, version and audit rows and a row per file.</summary>
    private const int MaximumBestanden = 90;

    public async Task<Uitkomst<Uploadmachtiging>> MachtigUploadAsync(
        Actor actor, TrajectId id, int perceel, Momentsoort soort, string? document, string? bestandsnaam, long grootte, string? uploadId, CancellationToken ct)
    {
        var toegang = await OpenAsync(actor, id, perceel, Actie.Inschrijven, "uploadmachtiging vragen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<Uploadmachtiging>();
        var nu = time.GetUtcNow();
        var moment = (await store.MomentAsync(id, perceel, soort, ct).ConfigureAwait(false))?.Waarde;
        if (Inschrijvingsregels.MagIndienen(moment, nu, Sluiting(moment)) is { } dicht)
            return dicht;
        var fouten = new Dictionary<string, string>();
        if (moment!.Documenten.FirstOrDefault(d => string.Equals(d, document?.Trim(), StringComparison.OrdinalIgnoreCase)) is null)
            fouten["document"] = $"Kies voor welk gevraagd document dit bestand is: {string.Join(", ", moment.Documenten)}.";
        if (grootte is <= 0 or > MaximumBytes)
            fouten["grootte"] = "Een bestand moet groter zijn dan 0 bytes en hoogstens 200 MB.";
        if (uploadId is not null && !IsUploadId(uploadId))
            fouten["uploadId"] = "Dit is geen uploadnummer dat het platform gaf. Laat het weg voor een nieuwe upload.";
        if (fouten.Count > 0)
            return new Uitkomst<Uploadmachtiging>.Ongeldig(fouten);
        var upload = uploadId ?? Guid.NewGuid().ToString("N");
        var verloopt = nu + Geldigheid < moment.Sluiting ? nu + Geldigheid : moment.Sluiting;
        var uri = await blobs.SchrijfUriAsync(InschrijvingBlobs.BlobNaam(id, perceel, soort, c.Als!.Sleutel, upload), nu, verloopt, ct).ConfigureAwait(false);
        await uploads.VastleggenAsync(new Uploadregistratie(id, perceel, soort, c.Als.Sleutel, upload, verloopt),
            Event(actor, $"Uploadmachtiging verstrekt ({Indienmoment.Naam(soort)})", Onderwerp(id, perceel, c.Als),
                null, Json.Write(new { document, bestandsnaam, grootte, upload, verloopt })), ct).ConfigureAwait(false);
        return new Uploadmachtiging(upload, uri, verloopt, MaximumBytes);
    }

    /// <summary>
    /// Submits (or replaces) with files already uploaded: every file is checked in storage, streamed, for size, SHA-256 and
    /// kind; every required document must be there. The receipt's time is the server's when the request arrived, and that
    /// is the time the deadline is held against. Nothing is recorded unless all is right; files that failed are removed.
    /// </summary>
    public async Task<Uitkomst<Ontvangstbevestiging>> DienInAsync(
        Actor actor, TrajectId id, int perceel, Momentsoort soort, IReadOnlyList<InTeDienenBestand>? bestanden, CancellationToken ct)
    {
        var ontvangen = time.GetUtcNow();
        var toegang = await OpenAsync(actor, id, perceel, Actie.Inschrijven, "inschrijving indienen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<Ontvangstbevestiging>();
        var moment = (await store.MomentAsync(id, perceel, soort, ct).ConfigureAwait(false))?.Waarde;
        if (Inschrijvingsregels.MagIndienen(moment, ontvangen, Sluiting(moment)) is { } dicht)
            return dicht;
        var lijst = bestanden ?? [];
        if (Invoerfout(lijst) is { } invoer)
            return new Uitkomst<Ontvangstbevestiging>.Ongeldig(new Dictionary<string, string> { ["bestanden"] = invoer });
        if (Inschrijvingsregels.IsVolledig(moment!, lijst.Select(b => b.Document!.Trim())) is { } onvolledig)
            return onvolledig;

        var als = c.Als!;
        // The cleanup marks an upload before it removes it; the write below holds the ETags read here, so only one of them wins.
        var registraties = await uploads.VanAsync(id, perceel, soort, als.Sleutel, lijst.Select(b => b.UploadId!), ct).ConfigureAwait(false);
        if (registraties.FirstOrDefault(r => r.Waarde.Opgeruimd is not null) is { Waarde.UploadId: var weg })
        {
            var melding = new InschrijvingWeigering.BestandOngeldig(lijst.First(b => b.UploadId == weg).Bestandsnaam!,
                "dit bestand is niet binnen een dag na het verlopen van de uploadmachtiging ingediend en daarom opgeruimd.").Melding;
            return new Uitkomst<Ontvangstbevestiging>.Ongeldig(new Dictionary<string, string> { ["bestanden"] = melding });
        }
        var ontvangenBestanden = new List<OntvangenBestand>();
        var afgekeurd = new List<(string Blob, string Melding)>();
        foreach (var b in lijst)
        {
            var blob = InschrijvingBlobs.BlobNaam(id, perceel, soort, als.Sleutel, b.UploadId!);
            var (bestand, melding) = await ControleerAsync(blob, b, moment!, ct).ConfigureAwait(false);
            if (bestand is not null)
                ontvangenBestanden.Add(bestand);
            else
                afgekeurd.Add((blob, new InschrijvingWeigering.BestandOngeldig(b.Bestandsnaam!, melding!).Melding));
        }
        if (afgekeurd.Count > 0)
        {
            foreach (var (blob, _) in afgekeurd)
                await blobs.VerwijderAsync(blob, CancellationToken.None).ConfigureAwait(false);
            return new Uitkomst<Ontvangstbevestiging>.Ongeldig(new Dictionary<string, string> { ["bestanden"] = string.Join(" ", afgekeurd.Select(a => a.Melding)) });
        }

        // The deadline is held against the arrival time, and the moment read above still decides it now (rule 4): a
        // moment changes only while open, never to a deadline before the change (Inschrijvingsregels.StelVast), so no
        // change while the files were read can close it for a request that arrived before. It is not read again.
        var bestaand = await store.InschrijvingAsync(id, perceel, soort, als.Sleutel, ct).ConfigureAwait(false);
        var indiening = new Indiening(0, Guid.NewGuid().ToString("N"), ontvangen, actor.Naam, ontvangenBestanden);
        var nieuw = Inschrijvingsregels.VoegToe(bestaand?.Waarde, als.Sleutel, als.Naam, indiening);
        var laatste = nieuw.Versies[^1];
        var audit = Event(actor, laatste.Versie == 1 ? $"Inschrijving ingediend ({Indienmoment.Naam(soort)})" : $"Inschrijving vervangen door versie {laatste.Versie} ({Indienmoment.Naam(soort)})",
            Onderwerp(id, perceel, als), null, Json.Write(laatste));
        if (!await store.SchrijfAsync(id, perceel, soort, nieuw, bestaand?.ETag, audit, ct, registraties).ConfigureAwait(false))
            return new Uitkomst<Ontvangstbevestiging>.Conflict(Tegelijk);
        await status.TelOpnieuwAsync(c.Traject, perceel, ct).ConfigureAwait(false);
        return Bewijs(c, soort, als.Naam, laatste);
    }

    /// <summary>Withdraws the submission that counts; the earlier versions stay, and a new submission before the deadline counts again.</summary>
    public async Task<Uitkomst<Ontvangstbevestiging>> TrekInAsync(Actor actor, TrajectId id, int perceel, Momentsoort soort, CancellationToken ct)
    {
        var nu = time.GetUtcNow();
        var toegang = await OpenAsync(actor, id, perceel, Actie.Inschrijven, "inschrijving intrekken", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<Ontvangstbevestiging>();
        var moment = (await store.MomentAsync(id, perceel, soort, ct).ConfigureAwait(false))?.Waarde;
        if (Inschrijvingsregels.MagIndienen(moment, nu, Sluiting(moment)) is { } dicht)
            return dicht;
        var bestaand = await store.InschrijvingAsync(id, perceel, soort, c.Als!.Sleutel, ct).ConfigureAwait(false);
        var regel = Inschrijvingsregels.TrekIn(bestaand?.Waarde, Guid.NewGuid().ToString("N"), nu, actor.Naam);
        if (regel is InschrijvingUitkomst<Inschrijving>.Geweigerd w)
            return w.Weigering;
        var nieuw = ((InschrijvingUitkomst<Inschrijving>.Toegestaan)regel).Waarde;
        var audit = Event(actor, $"Inschrijving ingetrokken ({Indienmoment.Naam(soort)})", Onderwerp(id, perceel, c.Als), null, Json.Write(nieuw.Versies[^1]));
        if (!await store.SchrijfAsync(id, perceel, soort, nieuw, bestaand!.ETag, audit, ct).ConfigureAwait(false))
            return new Uitkomst<Ontvangstbevestiging>.Conflict(Tegelijk);
        await status.TelOpnieuwAsync(c.Traject, perceel, ct).ConfigureAwait(false);
        return Bewijs(c, soort, c.Als.Naam, nieuw.Versies[^1]);
    }

    /// <summary>A receipt of one's own inschrijver, by its id; someone else's does not exist for this actor.</summary>
    public async Task<Uitkomst<Ontvangstbevestiging>> BewijsAsync(Actor actor, TrajectId id, int perceel, Momentsoort soort, string bewijsId, CancellationToken ct)
    {
        var toegang = await OpenAsync(actor, id, perceel, Actie.Inschrijven, "ontvangstbevestiging lezen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<Ontvangstbevestiging>();
        var eigen = await store.InschrijvingAsync(id, perceel, soort, c.Als!.Sleutel, ct).ConfigureAwait(false);
        return eigen?.Waarde.Versies.FirstOrDefault(v => v.BewijsId == bewijsId) is { } versie
            ? Bewijs(c, soort, eigen.Waarde.Naam, versie)
            : new Uitkomst<Ontvangstbevestiging>.NietGevonden();
    }

    /// <summary>Everything recorded about the actor's own inschrijver on this perceel: grants, submissions, withdrawals.</summary>
    public async Task<Uitkomst<IReadOnlyList<AuditEvent>>> GeschiedenisAsync(Actor actor, TrajectId id, int perceel, CancellationToken ct)
    {
        var toegang = await OpenAsync(actor, id, perceel, Actie.Inschrijven, "eigen geschiedenis lezen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<IReadOnlyList<AuditEvent>>();
        var onderwerp = Onderwerp(id, perceel, c.Als!);
        var alle = await store.GeschiedenisAsync(id, perceel, ct).ConfigureAwait(false);
        return alle.Where(e => e.Onderwerp == onderwerp).Reverse().ToList();
    }

    private async Task<(OntvangenBestand? Bestand, string? Melding)> ControleerAsync(string blob, InTeDienenBestand b, Indienmoment moment, CancellationToken ct)
    {
        if (await blobs.OpenAsync(blob, ct).ConfigureAwait(false) is not (var stand, var inhoud))
            return (null, "dit bestand is niet (volledig) ontvangen: de upload is niet afgerond.");
        await using var _ = inhoud;
        if (stand.Grootte != b.Grootte)
            return (null, $"het ontvangen bestand is {stand.Grootte} bytes, opgegeven was {b.Grootte}: de upload is onvolledig of onjuist.");
        var uitslag = await DocumentHerkenning.HerkenAsync(inhoud, MaximumBytes, ct).ConfigureAwait(false);
        if (uitslag is DocumentUitslag.Geweigerd g)
            return (null, g.Weigering.Melding);
        var controle = ((DocumentUitslag.Geaccepteerd)uitslag).Controle;
        if (controle.Grootte != b.Grootte || !string.Equals(controle.Sha256, b.Sha256, StringComparison.OrdinalIgnoreCase))
            return (null, "de SHA-256 van het ontvangen bestand komt niet overeen met die van uw bestand: de upload is onvolledig of onjuist.");
        var document = moment.Documenten.First(d => string.Equals(d, b.Document!.Trim(), StringComparison.OrdinalIgnoreCase));
        return (new OntvangenBestand(document, b.Bestandsnaam!.Trim(), controle.Grootte, controle.Sha256, controle.Soort.ToString().ToLowerInvariant(), b.UploadId!, stand.ETag.ToString()), null);
    }

    private static string? Invoerfout(IReadOnlyList<InTeDienenBestand> bestanden)
    {
        if (bestanden.Count == 0)
            return "Voeg de bestanden toe die u heeft geüpload. Uploaden alleen is geen indienen.";
        if (bestanden.Count > MaximumBestanden)
            return $"Dien hoogstens {MaximumBestanden} bestanden tegelijk in; voeg zo nodig bestanden samen.";
        if (bestanden.Any(b => b is null || string.IsNullOrWhiteSpace(b.Document) || !IsUploadId(b.UploadId)))
            return "Geef bij elk bestand het document en het uploadnummer dat u bij de uploadmachtiging kreeg.";
        if (bestanden.Any(b => string.IsNullOrWhiteSpace(b.Bestandsnaam) || b.Bestandsnaam.Length > 200))
            return "Geef bij elk bestand de bestandsnaam (hoogstens 200 tekens).";
        if (bestanden.Any(b => b.Grootte is <= 0 or > MaximumBytes || b.Sha256 is null || !Sha256Vorm().IsMatch(b.Sha256)))
            return "Geef bij elk bestand de grootte in bytes (hoogstens 200 MB) en de SHA-256 (64 hexadecimale tekens).";
        return bestanden.Select(b => b.UploadId).Distinct(StringComparer.Ordinal).Count() == bestanden.Count
            ? null
            : "Elk geüpload bestand kan maar één keer worden ingediend.";
    }

    private static bool IsUploadId(string? id) => id is { Length: 32 } && UploadVorm().IsMatch(id);

    private static Ontvangstbevestiging Bewijs(Context c, Momentsoort soort, string inschrijver, Indiening v) => new(
        v.BewijsId, c.Traject.Id.Value, c.Traject.Naam, c.Perceel.Nummer, c.Perceel.Naam, soort, inschrijver, v.Versie, v.Tijdstip, v.Door, v.Bestanden, v.Ingetrokken);

    private static string Sluiting(Indienmoment? moment) => moment is null ? "" : Termijntekst.Moment(moment.Sluiting);

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex UploadVorm();

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Vorm();
}
