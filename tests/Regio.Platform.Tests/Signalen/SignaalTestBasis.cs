using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Regio.Domain.Signalen;
using Regio.Platform.Contracten;
using Regio.Platform.Jobs;
using Regio.Platform.Signalen;
using Regio.Platform.Storage;
using Regio.Platform.Tests.Aanbieders;
using Regio.Platform.Trajecten.Inschrijvingen;
using Regio.Tests;

namespace Regio.Platform.Tests.Signalen;

/// <summary>
/// The signal job over real storage with the demo loaded. The clock starts on Monday 3 January 2022, when the standstill
/// of Haarlem's huishoudelijke ondersteuning (decision 16 December 2021) ends two days later; tests move it forward.
/// </summary>
public abstract class SignaalTestBasis(AzuriteFixture azurite) : AanmeldingTestBasis(azurite, new DateTimeOffset(2022, 1, 3, 9, 0, 0, TimeSpan.Zero))
{
    protected InschrijvingStore Inschrijvingen => new(Storage.Clients);

    protected SignaalStore Signalen => new(Storage.Clients);

    protected SignalJob Job => new(Storage.Regios, new Signaalbron(Storage.Trajecten, new ContractStore(Storage.Clients), Inschrijvingen, Store),
        Signalen, Storage.Organisaties, Storage.Time, NullLogger<SignalJob>.Instance);

    /// <summary>Runs the job once, with the demo loaded.</summary>
    protected async Task<JobOutcome> DraaiAsync()
    {
        await Als("regio-coordinator");
        return await Job.RunAsync(Ct);
    }

    /// <summary>Every stored signal as (organisation, soort, titel), in storage order.</summary>
    protected async Task<List<(string Organisatie, Signaalsoort Soort, string Titel)>> OpgeslagenAsync()
    {
        var rijen = new List<(string, Signaalsoort, string)>();
        await foreach (var row in Storage.Clients.Table(Names.SignalenTable).QueryAsync<TableEntity>(cancellationToken: Ct))
        {
            rijen.Add((row.PartitionKey, Enum.Parse<Signaalsoort>(row.GetString("Soort")!), row.GetString("Titel")!));
        }
        return rijen;
    }

    /// <summary>Every row of the signals table as partition/row → ETag.</summary>
    protected async Task<Dictionary<string, string>> ETagsAsync()
    {
        var rijen = new Dictionary<string, string>();
        await foreach (var row in Storage.Clients.Table(Names.SignalenTable).QueryAsync<TableEntity>(cancellationToken: Ct))
        {
            rijen[$"{row.PartitionKey}/{row.RowKey}"] = row.ETag.ToString();
        }
        return rijen;
    }
}
