using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Regio.Platform.Jobs;
using Regio.Platform.Storage;

namespace Regio.Platform.Audit;

/// <summary>
/// Walks every audit chain of every table each night (DESIGN rule 5). A break is logged as an error and counted in
/// regio.audit.breaks, so an alert fires on it; the beheerder reads where it broke on the Achtergrondtaken page.
/// It only reads, so running it twice changes nothing.
/// </summary>
public sealed partial class AuditVerificationJob(StorageClients clients, IMeterFactory meters, ILogger<AuditVerificationJob> logger) : IScheduledJob
{
    public const string MeterName = "Regio.Audit";

    public const string JobName = "audit-controle";

    /// <summary>Every night at 03:00 UTC, when hardly anybody writes.</summary>
    public const string JobSchedule = "0 0 3 * * *";

    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    private readonly Counter<long> _breaks = meters.Create(MeterName).CreateCounter<long>("regio.audit.breaks", description: "Broken audit chains found, by table");
    private readonly Counter<long> _chains = meters.Create(MeterName).CreateCounter<long>("regio.audit.chains.verified", description: "Audit chains verified, by table");

    public string Name => JobName;

    public string Titel => "Controle van de auditketens";

    public string Omschrijving => "Loopt elke nacht alle auditketens na en meldt elke keten waarin een gebeurtenis achteraf is gewijzigd of ontbreekt.";

    public string Schedule => JobSchedule;

    public async Task<JobOutcome> RunAsync(CancellationToken cancellationToken)
    {
        long ketens = 0;
        long gebeurtenissen = 0;
        var breuken = new List<string>();
        foreach (var tabel in Names.Tables)
        {
            var table = clients.Table(tabel);
            var tag = new KeyValuePair<string, object?>("table", tabel);
            await foreach (var keten in AuditControle.ListChainsAsync(table, null, cancellationToken).ConfigureAwait(false))
            {
                var uitkomst = await AuditControle.VerifyChainAsync(table, keten, cancellationToken).ConfigureAwait(false);
                ketens++;
                gebeurtenissen += uitkomst.Gebeurtenissen;
                _chains.Add(1, tag);
                if (uitkomst.Breuk is { } breuk)
                {
                    LogBreak(logger, tabel, keten.ToString(), breuk.Volgnummer, breuk.GetType().Name);
                    _breaks.Add(1, tag);
                    breuken.Add(Ketenmelding.Tekst(tabel, keten, breuk));
                }
            }
        }
        return new JobOutcome(Samenvatting(ketens, gebeurtenissen, breuken.Count), breuken, VraagtAandacht: breuken.Count > 0);
    }

    private static string Samenvatting(long ketens, long gebeurtenissen, int breuken)
    {
        if (ketens == 0)
        {
            return "Er zijn geen auditketens gevonden; er was niets te controleren.";
        }
        var gecontroleerd = string.Format(Nl, "{0:N0} {1} met {2:N0} {3} gecontroleerd", ketens, ketens == 1 ? "auditketen" : "auditketens",
            gebeurtenissen, gebeurtenissen == 1 ? "gebeurtenis" : "gebeurtenissen");
        var stand = breuken switch
        {
            0 when ketens == 1 => "de keten is heel",
            0 => "alle ketens zijn heel",
            1 => "1 keten is verbroken",
            _ => string.Format(Nl, "{0:N0} ketens zijn verbroken", breuken),
        };
        return $"{gecontroleerd}; {stand}.";
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Auditketen verbroken in tabel {Tabel}, keten {Keten}, bij gebeurtenis {Volgnummer} ({Breuk})")]
    private static partial void LogBreak(ILogger logger, string tabel, string keten, long volgnummer, string breuk);
}
