using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Documenten;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using static Regio.Platform.Trajecten.Inschrijvingen.Inschrijvingswijziging;

namespace Regio.Platform.Trajecten.Inschrijvingen;

/// <summary>One uploaded file to submit, as the sender declares it; the platform checks every word of it.</summary>
public sealed record InTeDienenBestand(string? Document, string? UploadId, string? Bestandsnaam, long Grootte, string? Sha256);

/// <summary>
/// Submits (or replaces) with files already uploaded: every file is checked in storage, streamed, for size, SHA-256 and
/// kind; every required document must be there. The receipt's time is the server's when the request arrived, and that
/// is the time the deadline is held against. Nothing is recorded unless all is right; files that failed are removed.
/// </summary>
public sealed class InschrijvingIndienen(
    InschrijvingPoort poort, InschrijvingStore store, InschrijvingBlobs blobs, Uploadregister uploads, Regiostatus.Statusprojectie status, TimeProvider time)
{
    public async Task<Uitkomst<Ontvangstbevestiging>> SubmitAsync(
        Actor actor, TrajectId id, int perceel, Momentsoort soort, IReadOnlyList<InTeDienenBestand>? bestanden, CancellationToken ct)
    {
        var ontvangen = time.GetUtcNow();
        var toegang = await poort.OpenAsync(actor, id, perceel, Actie.Inschrijven, "inschrijving indienen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<Ontvangstbevestiging>();
        var moment = (await store.GetMomentAsync(id, perceel, soort, ct).ConfigureAwait(false))?.Waarde;
        if (Inschrijvingsregels.MagIndienen(moment, ontvangen, Sluiting(moment)) is { } dicht)
            return dicht;
        var lijst = bestanden ?? [];
        if (Inschrijvingsinvoer.Invoerfout(lijst) is { } invoer)
            return new Uitkomst<Ontvangstbevestiging>.Ongeldig(new Dictionary<string, string> { ["bestanden"] = invoer });
        if (Inschrijvingsregels.IsVolledig(moment!, lijst.Select(b => b.Document!.Trim())) is { } onvolledig)
            return onvolledig;

        var als = c.Als!;
        // The cleanup marks an upload before it removes it; the write below holds the ETags read here, so only one of them wins.
        var registraties = await uploads.ListAsync(id, perceel, soort, als.Sleutel, lijst.Select(b => b.UploadId!), ct).ConfigureAwait(false);
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
                await blobs.RemoveAsync(blob, CancellationToken.None).ConfigureAwait(false);
            return new Uitkomst<Ontvangstbevestiging>.Ongeldig(new Dictionary<string, string> { ["bestanden"] = string.Join(" ", afgekeurd.Select(a => a.Melding)) });
        }

        // The deadline is held against the arrival time, and the moment read above still decides it now (rule 4): a
        // moment changes only while open, never to a deadline before the change (Inschrijvingsregels.StelVast), so no
        // change while the files were read can close it for a request that arrived before. It is not read again.
        var bestaand = await store.GetAsync(id, perceel, soort, als.Sleutel, ct).ConfigureAwait(false);
        var indiening = new Indiening(0, Guid.NewGuid().ToString("N"), ontvangen, actor.Naam, ontvangenBestanden);
        var nieuw = Inschrijvingsregels.VoegToe(bestaand?.Waarde, als.Sleutel, als.Naam, indiening);
        var laatste = nieuw.Versies[^1];
        var audit = Event(time, actor, laatste.Versie == 1 ? $"Inschrijving ingediend ({Indienmoment.Naam(soort)})" : $"Inschrijving vervangen door versie {laatste.Versie} ({Indienmoment.Naam(soort)})",
            Onderwerp(id, perceel, als), null, Json.Write(laatste));
        if (!await store.SaveAsync(id, perceel, soort, nieuw, bestaand?.ETag, audit, ct, registraties).ConfigureAwait(false))
            return new Uitkomst<Ontvangstbevestiging>.Conflict(Tegelijk);
        await status.RecountAsync(c.Traject, perceel, ct).ConfigureAwait(false);
        return Bewijs(c, soort, als.Naam, laatste);
    }

    private async Task<(OntvangenBestand? Bestand, string? Melding)> ControleerAsync(string blob, InTeDienenBestand b, Indienmoment moment, CancellationToken ct)
    {
        if (await blobs.OpenAsync(blob, ct).ConfigureAwait(false) is not (var stand, var inhoud))
            return (null, "dit bestand is niet (volledig) ontvangen: de upload is niet afgerond.");
        await using var _ = inhoud;
        if (stand.Grootte != b.Grootte)
            return (null, $"het ontvangen bestand is {stand.Grootte} bytes, opgegeven was {b.Grootte}: de upload is onvolledig of onjuist.");
        var uitslag = await DocumentHerkenning.RecognizeAsync(inhoud, Inschrijvingsinvoer.MaximumBytes, ct).ConfigureAwait(false);
        if (uitslag is DocumentUitslag.Geweigerd g)
            return (null, g.Weigering.Melding);
        var controle = ((DocumentUitslag.Geaccepteerd)uitslag).Controle;
        if (controle.Grootte != b.Grootte || !string.Equals(controle.Sha256, b.Sha256, StringComparison.OrdinalIgnoreCase))
            return (null, "de SHA-256 van het ontvangen bestand komt niet overeen met die van uw bestand: de upload is onvolledig of onjuist.");
        var document = moment.Documenten.First(d => string.Equals(d, b.Document!.Trim(), StringComparison.OrdinalIgnoreCase));
        return (new OntvangenBestand(document, b.Bestandsnaam!.Trim(), controle.Grootte, controle.Sha256, controle.Soort.ToString().ToLowerInvariant(), b.UploadId!, stand.ETag.ToString()), null);
    }
}
