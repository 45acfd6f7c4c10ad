using Microsoft.Extensions.Logging;
using Regio.Platform.Audit;
using Regio.Platform.Budgetten;
using Regio.Platform.Regios;
using Regio.Platform.Storage;
using Regio.Platform.Trajecten;

namespace Regio.Platform.Demo;

/// <summary>
/// Loads the demo region into storage. Every write is an add that refuses to overwrite, so a second load
/// (or a load after one that was interrupted) adds only what is missing and changes nothing else.
/// </summary>
public sealed partial class DemoDataLoader(
    StorageInitializer initializer, RegioStore regios, TrajectStore trajecten, BudgetStore budgetten,
    TimeProvider time, ILogger<DemoDataLoader> logger)
{
    public const string Actor = "systeem:demo-import";

    public async Task<DemoImportResultaat> LoadAsync(DemoDataSet data, CancellationToken cancellationToken)
    {
        await initializer.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var regio = DemoDataMapper.ToRegio(data.Regio);
        var results = new List<bool>
        {
            await regios.AddAsync(regio, Event("Regio aangemaakt", $"regio:{regio.Id}", regio), cancellationToken).ConfigureAwait(false),
        };
        foreach (var traject in data.Trajecten.Select(DemoDataMapper.ToTraject))
        {
            results.Add(await trajecten.AddAsync(traject, Event("Traject aangemaakt", $"traject:{traject.Id}", traject), cancellationToken).ConfigureAwait(false));
        }
        foreach (var budget in data.Budgetten.SelectMany(b => DemoDataMapper.ToBudgetten(b.Key, b.Value)))
        {
            var onderwerp = $"budget:{budget.Gemeente}:{budget.Domein.ToString().ToLowerInvariant()}";
            results.Add(await budgetten.AddAsync(budget, Event("Budget aangemaakt", onderwerp, budget), cancellationToken).ConfigureAwait(false));
        }
        var resultaat = new DemoImportResultaat(results.Count(r => r), results.Count(r => !r));
        LogGeladen(logger, regio.Naam, resultaat.Toegevoegd, resultaat.AlAanwezig);
        return resultaat;
    }

    private AuditEvent Event<T>(string actie, string onderwerp, T na) =>
        new(time.GetUtcNow(), Actor, actie, onderwerp, Voor: null, Na: Json.Write(na));

    [LoggerMessage(Level = LogLevel.Information, Message = "Demoregio {Regio} geladen: {Toegevoegd} toegevoegd, {AlAanwezig} waren er al")]
    private static partial void LogGeladen(ILogger logger, string regio, int toegevoegd, int alAanwezig);
}

public sealed record DemoImportResultaat(int Toegevoegd, int AlAanwezig);
