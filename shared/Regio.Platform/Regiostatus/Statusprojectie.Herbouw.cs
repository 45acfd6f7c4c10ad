using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Regio.Domain.Trajecten;
using Regio.Platform.Trajecten;

namespace Regio.Platform.Regiostatus;

/// <summary>Building the status rows of a partition written before the projection existed (a `.regio/` from an older build).</summary>
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
            try
            {
                if (bekend.ContainsKey(traject.Id))
                {
                    await Table.UpdateEntityAsync(row, rij.ETag, TableUpdateMode.Replace, token).ConfigureAwait(false);
                }
                else
                {
                    await Table.AddEntityAsync(row, token).ConfigureAwait(false);
                }
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // A traject write got there first with the newest status in its own transaction; only the counts may lag.
                await WerkTellingenBijAsync(traject, percelen, token).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
        await Table.UpsertEntityAsync(new TableEntity(partitie, StatusRijen.Markering) { ["Versie"] = StatusRijen.Versie }, TableUpdateMode.Replace, ct).ConfigureAwait(false);
        LogHerbouwd(logger, partitie, lijst.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Status van {Partitie} opgebouwd uit {Aantal} trajecten")]
    private static partial void LogHerbouwd(ILogger logger, string partitie, int aantal);
}
