using Microsoft.Extensions.Logging;
using Regio.Domain.Organisaties;
using Regio.Domain.Signalen;
using Regio.Platform.Jobs;
using Regio.Platform.Organisaties;
using Regio.Platform.Regios;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Signalen;

/// <summary>
/// Every hour, for every regio on the platform, computes the signals of the moment (<see cref="Signaalbron"/>) and adds
/// the new ones to each organisation's signals. A signal that is there already is left as it is, so a second run
/// changes nothing; a signal that no longer applies (a milestone realised meanwhile) stays as it was written.
/// </summary>
public sealed partial class SignalJob(
    RegioStore regios, Signaalbron bron, SignaalStore store, OrganisatieStore organisaties, TimeProvider time, ILogger<SignalJob> logger) : IScheduledJob
{
    /// <summary>Five minutes past every hour (UTC); a constant because a TimerTrigger attribute needs one.</summary>
    public const string JobSchedule = "0 5 * * * *";

    public const string JobName = "signalen";

    public string Name => JobName;

    public string Titel => "Signalen over termijnen";

    public string Omschrijving =>
        "Zet voor de betrokken organisaties klaar welke mijlpalen binnen 7 dagen vallen of verlopen zijn, welke termijnen binnen 48 uur sluiten, "
        + "welke standstills aflopen en welke contractevaluaties binnen 90 dagen vallen.";

    public string Schedule => JobSchedule;

    public async Task<JobOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var nu = time.GetUtcNow();
        var peil = new Peilmoment(nu, NederlandseTijd.Zone);
        var nieuw = new List<Geadresseerd>();
        var bestaand = 0;
        foreach (var id in await regios.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await regios.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } regio)
            {
                continue;
            }
            var signalen = await bron.ComputeAsync(regio, peil, cancellationToken).ConfigureAwait(false);
            // One organisation can get the same signal through two routes (owner and opdrachtgever): write it once.
            foreach (var s in signalen.DistinctBy(s => (s.Organisatie, SignaalStore.Key(s.Signaal))))
            {
                if (await store.AddAsync(OrganisatieScope.Systeem(s.Organisatie), s.Signaal, nu, cancellationToken).ConfigureAwait(false))
                {
                    nieuw.Add(s);
                }
                else
                {
                    bestaand++;
                }
            }
            LogRegio(logger, regio.Naam, signalen.Count);
        }
        return JobOutcome.Gedaan(Samenvatting(nieuw, bestaand), await BijzonderhedenAsync(nieuw, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>"17 nieuwe signalen voor 9 organisaties; 40 waren er al."</summary>
    private static string Samenvatting(List<Geadresseerd> nieuw, int bestaand)
    {
        var organisaties = nieuw.Select(n => n.Organisatie).Distinct().Count();
        var wat = nieuw.Count switch
        {
            0 => "Geen nieuwe signalen",
            1 => "1 nieuw signaal voor 1 organisatie",
            _ => $"{nieuw.Count} nieuwe signalen voor {organisaties} {(organisaties == 1 ? "organisatie" : "organisaties")}",
        };
        return $"{wat}; {bestaand} {(bestaand == 1 ? "was er" : "waren er")} al.";
    }

    /// <summary>Each new signal as "Gemeente Haarlem: ...", by the organisation's name as people know it.</summary>
    private async Task<IReadOnlyList<string>> BijzonderhedenAsync(List<Geadresseerd> nieuw, CancellationToken ct)
    {
        var getoond = nieuw.Take(JobOutcome.MaxBijzonderheden).ToList();
        var namen = new Dictionary<OrganisatieId, string>();
        foreach (var id in getoond.Select(n => n.Organisatie).Distinct())
        {
            namen[id] = (await organisaties.GetAsync(id, ct).ConfigureAwait(false))?.Naam ?? id.Value;
        }
        return [.. getoond.Select(n => $"{namen[n.Organisatie]}: {n.Signaal.Titel}")];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Signalen van regio {Regio} berekend: {Aantal} voor alle betrokken organisaties samen")]
    private static partial void LogRegio(ILogger logger, string regio, int aantal);
}
