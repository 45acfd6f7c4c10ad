using System.Runtime.CompilerServices;
using Azure.Data.Tables;

namespace Regio.Platform.Audit;

/// <summary>Walking audit chains: whether each link still matches its hash, and which chains a table or partition holds.</summary>
public static class AuditControle
{
    /// <summary>Walks the chain: how many events it holds, and where it first breaks.</summary>
    public static async Task<Ketenuitkomst> VerifyChainAsync(TableClient table, AuditKeten keten, CancellationToken cancellationToken)
    {
        var uitkomst = await WalkAsync(table, keten, cancellationToken).ConfigureAwait(false);
        // The head is read after the walk, so an append in between looks like a head that runs ahead. Events are never
        // changed, so only that can be a race: a second walk tells it from a real break.
        return uitkomst.Breuk is Ketenbreuk.KopWijktAf
            ? await WalkAsync(table, keten, cancellationToken).ConfigureAwait(false)
            : uitkomst;
    }

    /// <summary>Walks every chain in <paramref name="partitie"/> and names the first broken link, or returns null when all are whole.</summary>
    public static async Task<string?> VerifyPartitionAsync(TableClient table, string partitie, CancellationToken cancellationToken) =>
        (await VerifyAsync(table, partitie, _ => true, cancellationToken).ConfigureAwait(false)).Breuk;

    /// <summary>
    /// Walks the chains in <paramref name="partitie"/> that <paramref name="welke"/> picks: how many events they hold
    /// together, and the first broken link in words, or null when all are whole.
    /// </summary>
    public static async Task<(long Gebeurtenissen, string? Breuk)> VerifyAsync(
        TableClient table, string partitie, Func<AuditKeten, bool> welke, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(welke);
        long gebeurtenissen = 0;
        await foreach (var keten in ListChainsAsync(table, partitie, cancellationToken).ConfigureAwait(false))
        {
            if (!welke(keten))
            {
                continue;
            }
            var uitkomst = await VerifyChainAsync(table, keten, cancellationToken).ConfigureAwait(false);
            gebeurtenissen += uitkomst.Gebeurtenissen;
            if (uitkomst.Breuk is { } breuk)
            {
                return (gebeurtenissen, breuk switch
                {
                    Ketenbreuk.Ontbreekt o => $"Gebeurtenis {o.Volgnummer} ontbreekt in {keten}; gevonden: {o.Gevonden}.",
                    Ketenbreuk.KopWijktAf k => $"De kop van de keten van {keten} wijst naar gebeurtenis {k.Volgnummer}, de laatste is {k.Laatste}.",
                    _ => $"De keten van {keten} is verbroken bij gebeurtenis {breuk.Volgnummer}.",
                });
            }
        }
        return (gebeurtenissen, null);
    }

    /// <summary>
    /// The chains of <paramref name="table"/> (or of one partition): one query for the head rows and first events, only
    /// their keys, paged by the SDK. The first event finds a chain whose head was deleted. Over a whole table, storage
    /// scans it for this, which a nightly check can afford.
    /// </summary>
    public static async IAsyncEnumerable<AuditKeten> ListChainsAsync(
        TableClient table, string? partitie, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        var eerste = partitie is null
            ? TableClient.CreateQueryFilter($"Volgnummer eq {1L}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partitie} and Volgnummer eq {1L}");
        var filter = $"({AuditKeten.KopFilter(partitie)}) or ({eerste})";
        var gezien = new HashSet<AuditKeten>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (AuditKeten.FromRow(row.PartitionKey, row.RowKey) is { } keten && gezien.Add(keten))
            {
                yield return keten;
            }
        }
    }

    private static async Task<Ketenuitkomst> WalkAsync(TableClient table, AuditKeten keten, CancellationToken cancellationToken)
    {
        var vorige = AuditLog.Begin;
        long verwacht = 1;
        await foreach (var row in AuditLog.QueryEvents(table, keten, cancellationToken).ConfigureAwait(false))
        {
            var volgnummer = row.GetInt64("Volgnummer") ?? -1;
            if (volgnummer != verwacht)
            {
                return new Ketenuitkomst(verwacht - 1, new Ketenbreuk.Ontbreekt(verwacht, volgnummer));
            }
            if (row.GetString("VorigeHash") != vorige || row.GetString("Hash") != AuditLog.Hash(volgnummer, AuditLog.ToEvent(row), vorige))
            {
                return new Ketenuitkomst(verwacht - 1, new Ketenbreuk.Gewijzigd(volgnummer));
            }
            vorige = row.GetString("Hash")!;
            verwacht++;
        }
        var laatste = verwacht - 1;
        var kop = await AuditLog.ReadKopAsync(table, keten, cancellationToken).ConfigureAwait(false);
        return kop.Volgnummer == laatste && kop.Hash == vorige
            ? new Ketenuitkomst(laatste, null)
            : new Ketenuitkomst(laatste, new Ketenbreuk.KopWijktAf(kop.Volgnummer, laatste));
    }
}
