using Azure;
using Azure.Data.Tables;
using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Budgetten;

/// <summary>A gemeente's lokale keuzes ("keuze|{id}"), in its private partition beside its budget and audited in the same chain.</summary>
public sealed partial class BudgetStore
{
    private const string KeuzePrefix = "keuze|";

    public Task<IReadOnlyList<(LokaleKeuze Keuze, ETag ETag)>> ListKeuzesAsync(OrganisatieScope scope, CancellationToken cancellationToken) =>
        ReadKeuzesAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Partition(scope)} and RowKey gt {KeuzePrefix} and RowKey lt {"keuze}"}"), cancellationToken);

    /// <summary>
    /// Only the keuzes <paramref name="gemeente"/> shared with the regio, and of those only what the regio reads
    /// (<see cref="GedeeldeKeuze.Velden"/>): filter and columns are applied in storage, so a keuze that is not shared, and
    /// the notes and trajecten of one that is, never leave it. <paramref name="regio"/> is the coordinator's scope from the access policy.
    /// </summary>
    public async Task<IReadOnlyList<GedeeldeKeuze>> ListGedeeldeKeuzesAsync(OrganisatieScope regio, GemeenteId gemeente, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(regio);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {PartitionKey(gemeente)} and RowKey gt {KeuzePrefix} and RowKey lt {"keuze}"} and GedeeldMetRegio eq {true}");
        var keuzes = new List<GedeeldeKeuze>();
        await foreach (var r in Table.QueryAsync<TableEntity>(filter, select: ["RowKey", "Naam", "Onderwerp", "Omschrijving"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            keuzes.Add(new GedeeldeKeuze(r.RowKey[KeuzePrefix.Length..], r.GetString("Naam") ?? "",
                Enum.TryParse<KeuzeOnderwerp>(r.GetString("Onderwerp"), out var onderwerp) ? onderwerp : KeuzeOnderwerp.Overig, r.GetString("Omschrijving") ?? ""));
        }
        return keuzes;
    }

    /// <summary>Adds a keuze (with <paramref name="expected"/> null) or replaces it if it still has that ETag; null when it refused.</summary>
    public async Task<ETag?> SaveKeuzeAsync(OrganisatieScope scope, LokaleKeuze keuze, ETag? expected, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keuze);
        var pk = Partition(scope);
        var rij = new TableEntity(pk, KeuzePrefix + keuze.Id)
        {
            ["Naam"] = keuze.Naam,
            ["Onderwerp"] = keuze.Onderwerp.ToString(),
            ["Omschrijving"] = keuze.Omschrijving,
            ["Trajecten"] = Json.Write(keuze.Trajecten.Select(t => t.Value)),
            ["NotitieVoorRaad"] = keuze.NotitieVoorRaad,
            ["GedeeldMetRegio"] = keuze.GedeeldMetRegio,
        };
        var actie = expected is { } etag
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, rij, etag)
            : new TableTransactionAction(TableTransactionActionType.Add, rij);
        return (await WriteAsync(pk, [actie], auditEvent, cancellationToken).ConfigureAwait(false)).ETag;
    }

    private async Task<IReadOnlyList<(LokaleKeuze, ETag)>> ReadKeuzesAsync(string filter, CancellationToken cancellationToken)
    {
        var keuzes = new List<(LokaleKeuze, ETag)>();
        await foreach (var r in Table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            keuzes.Add((new LokaleKeuze(
                r.RowKey[KeuzePrefix.Length..], r.GetString("Naam") ?? "",
                Enum.TryParse<KeuzeOnderwerp>(r.GetString("Onderwerp"), out var onderwerp) ? onderwerp : KeuzeOnderwerp.Overig,
                r.GetString("Omschrijving") ?? "", Json.Read<List<string>>(r.GetString("Trajecten")).Select(t => new TrajectId(t)).ToList(),
                r.GetString("NotitieVoorRaad"), r.GetBoolean("GedeeldMetRegio") ?? false), r.ETag));
        }
        return keuzes;
    }
}
