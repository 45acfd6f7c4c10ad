using Microsoft.Extensions.Logging;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Audit;
using Regio.Platform.Jobs;
using Regio.Platform.Storage;

namespace Regio.Platform.Trajecten.Inschrijvingen;

/// <summary>
/// Removes what aanbieders uploaded but never submitted (DESIGN rule 3: upload alone is not submission), a day after the
/// grant expired: committed blobs and blobs of staged blocks alike. It works from the reminders that grants leave in
/// <see cref="Uploadregister"/>, not by listing the container, so each run costs a few round trips per expired grant and
/// nothing per document already submitted. A blob that any version of a submission names (current, replaced or withdrawn)
/// is never touched, nor anything outside the inschrijvingen container, nor a grant that expired less than a day ago.
/// </summary>
public sealed partial class UploadCleanupJob(
    Uploadregister register, InschrijvingStore inschrijvingen, InschrijvingBlobs blobs, TrajectStore trajecten, TimeProvider time, ILogger<UploadCleanupJob> logger)
    : IScheduledJob
{
    public const string JobName = "upload-opruiming";

    /// <summary>Every night at 02:30 UTC.</summary>
    public const string JobSchedule = "0 30 2 * * *";

    /// <summary>How long after its grant expired an upload may still be submitted before it is removed.</summary>
    public static readonly TimeSpan Wachttijd = TimeSpan.FromDays(1);

    private const string Systeem = "systeem:" + JobName;

    public string Name => JobName;

    public string Titel => "Niet ingediende uploads opruimen";

    public string Omschrijving =>
        "Verwijdert bestanden die een aanbieder uploadde maar nooit indiende, een dag nadat de uploadmachtiging verliep; ingediende documenten en ontvangstbevestigingen blijven altijd staan.";

    public string Schedule => JobSchedule;

    public async Task<JobOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var nu = time.GetUtcNow();
        var telling = new Opruimtelling();
        var gelezen = new Dictionary<TrajectId, Traject?>();
        await foreach (var herinnering in register.ListVerlopenAsync(nu - Wachttijd, cancellationToken).ConfigureAwait(false))
        {
            var upload = herinnering.Upload;
            var (afloop, bytes) = await BehandelAsync(herinnering, nu, cancellationToken).ConfigureAwait(false);
            var waar = afloop is Opruimtelling.Afloop.Verwijderd or Opruimtelling.Afloop.Tegelijk
                ? Waar(upload, await TrajectAsync(upload.Traject, gelezen, cancellationToken).ConfigureAwait(false))
                : null;
            telling.Count(afloop, bytes, waar);
            LogAfloop(logger, upload.Traject.Value, upload.Perceel, upload.Soort, afloop, bytes);
        }
        return telling.ToOutcome();
    }

    private async Task<(Opruimtelling.Afloop Soort, long Bytes)> BehandelAsync(Uploadherinnering herinnering, DateTimeOffset nu, CancellationToken ct)
    {
        var upload = herinnering.Upload;
        var gelezen = await register.GetAsync(upload.Traject, upload.Perceel, upload.Soort, upload.Inschrijver, upload.UploadId, ct).ConfigureAwait(false);
        // No row: that grant failed before a browser got its SAS. A later expiry: the upload was granted again, and that
        // grant left a reminder of its own.
        if (gelezen is null || gelezen.Waarde.Verloopt > upload.Verloopt)
            return await AfgehandeldAsync(herinnering, Opruimtelling.Afloop.Niets, 0, ct).ConfigureAwait(false);

        long bytes;
        if (gelezen.Waarde.Opgeruimd is null)
        {
            if (gelezen.Waarde.Ingediend is not null || await IsIngediendAsync(upload, ct).ConfigureAwait(false))
                return await AfgehandeldAsync(herinnering, Opruimtelling.Afloop.Ingediend, 0, ct).ConfigureAwait(false);
            if (await blobs.GetOmvangAsync(upload.BlobNaam, ct).ConfigureAwait(false) is not { } omvang)
                return await AfgehandeldAsync(herinnering, Opruimtelling.Afloop.ZonderBestand, 0, ct).ConfigureAwait(false);
            var audit = new AuditEvent(nu, Systeem, $"Uploadmachtiging verlopen: niet ingediende upload verwijderd ({Indienmoment.Naam(upload.Soort)})",
                Inschrijvingswijziging.Onderwerp(upload.Traject, upload.Perceel, upload.Inschrijver), null,
                Json.Write(new { upload = upload.UploadId, verlopen = upload.Verloopt, bytes = omvang }));
            // Marked first, with the ETag read: a submission that got there in between wins, and the blob stays.
            if (!await register.MarkOpgeruimdAsync(gelezen, nu, omvang, audit, ct).ConfigureAwait(false))
                return (Opruimtelling.Afloop.Tegelijk, omvang);
            bytes = omvang;
        }
        else
        {
            // Marked by a run that stopped before it removed the blob: removing it is all that is left to do.
            bytes = gelezen.Waarde.OpgeruimdeBytes;
        }
        await blobs.RemoveAsync(upload.BlobNaam, ct).ConfigureAwait(false);
        return await AfgehandeldAsync(herinnering, Opruimtelling.Afloop.Verwijderd, bytes, ct).ConfigureAwait(false);
    }

    /// <summary>Whether any version of the inschrijver's submission names this upload: withdrawn and replaced ones are part of the record.</summary>
    private async Task<bool> IsIngediendAsync(Uploadregistratie upload, CancellationToken ct) =>
        (await inschrijvingen.GetAsync(upload.Traject, upload.Perceel, upload.Soort, upload.Inschrijver, ct).ConfigureAwait(false))?.Waarde.Versies
            .Any(v => v.Bestanden.Any(b => b.UploadId == upload.UploadId)) == true;

    private async Task<(Opruimtelling.Afloop, long)> AfgehandeldAsync(Uploadherinnering herinnering, Opruimtelling.Afloop afloop, long bytes, CancellationToken ct)
    {
        await register.RemoveHerinneringAsync(herinnering, ct).ConfigureAwait(false);
        return (afloop, bytes);
    }

    /// <summary>Each traject read once per run, for its name and its percelen' names.</summary>
    private async Task<Traject?> TrajectAsync(TrajectId id, Dictionary<TrajectId, Traject?> gelezen, CancellationToken ct)
    {
        if (!gelezen.TryGetValue(id, out var traject))
            gelezen[id] = traject = (await trajecten.GetAsync(id, ct).ConfigureAwait(false))?.Traject;
        return traject;
    }

    /// <summary>The traject and perceel as people know them; never the aanbieder, whose upload is as sealed as its bid.</summary>
    private static string Waar(Uploadregistratie upload, Traject? traject)
    {
        var perceel = traject?.Percelen.FirstOrDefault(p => p.Nummer == upload.Perceel);
        var trajectnaam = traject is null ? $"Traject {upload.Traject}" : $"Traject ‘{traject.Naam}’ ({upload.Traject})";
        var perceelnaam = perceel is null ? $"perceel {upload.Perceel}" : $"perceel {upload.Perceel} ‘{perceel.Naam}’";
        return $"{trajectnaam}, {perceelnaam}, {Indienmoment.Omschrijving(upload.Soort).ToLowerInvariant()}";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Verlopen upload in traject {Traject}, perceel {Perceel}, moment {Moment}: {Afloop} ({Bytes} bytes)")]
    private static partial void LogAfloop(ILogger logger, string traject, int perceel, Momentsoort moment, Opruimtelling.Afloop afloop, long bytes);
}
