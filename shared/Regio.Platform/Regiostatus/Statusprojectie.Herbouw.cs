using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Regio.Domain.Trajecten;
using Regio.Platform.Trajecten;

namespace Regio.Platform.Regiostatus;

/// <summary>
/// Building the status rows of a partition written before the projection existed or in an older shape (a `.regio/` from
/// an older build). A traject written while its partition is rebuilt may see its status rows replaced by the rebuild's
/// read of it; that read is at most one round trip old, and the traject's next write puts them right.
/// </summary>
public sealed partial class Statusprojectie
{
    private const int Tegelijk = 8;

    private async Task HerbouwAsync(Eigenaar eigenaar, string partitie, IReadOnlyList<(Statusrij Rij, ETag ETag, int Versie)> bestaand, CancellationToken ct)
    {
        var bekend = bestaand.ToDictionary(r => r.Rij.Traject.Id);
        var lijst = await trajecten.ListForOwnerAsync(eigenaar, ct).ConfigureAwait(false);
        await Parallel.ForEachAsync(lijst, new ParallelOptions { MaxDegreeOfParallelism = Tegelijk, CancellationToken = ct }, async (traject, token) =>
        {
            var percelen = traject.Percelen.Select(p => p.Nummer).ToList();
            if (bekend.TryGetValue(traject.Id, out var rij) && rij.Versie >= StatusRijen.Versie)
            {
                await WerkTellingenBijAsync(traject, percelen, token).ConfigureAwait(false);
                return;
            }
            var row = StatusRijen.ToRow(partitie, traject);
            foreach (var (nummer, tellingen) in await TelAsync(traject.Id, percelen, token).ConfigureAwait(false))
            {
                row[StatusRijen.TellingKolom(nummer)] = StatusRijen.Tellingwaarde(tellingen);
            }
            // Replaced whole, so a header row of version 1 loses the percelen it held; per transaction at most 100 rows.
            var acties = traject.Percelen.Select(p => StatusRijen.ToRow(partitie, traject.Id, p.Nummer, p)).Prepend(row)
                .Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)).ToList();
            foreach (var deel in acties.Chunk(100))
            {
                await Table.SubmitTransactionAsync(deel, token).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
        await Table.UpsertEntityAsync(new TableEntity(partitie, StatusRijen.Markering) { ["Versie"] = StatusRijen.Versie }, TableUpdateMode.Replace, ct).ConfigureAwait(false);
        LogHerbouwd(logger, partitie, lijst.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Status van {Partitie} opgebouwd uit {Aantal} trajecten")]
    private static partial void LogHerbouwd(ILogger logger, string partitie, int aantal);
}
