using Azure;
using Azure.Data.Tables;
using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Budgetten;

/// <summary>Pending imports ("budgetimport|{id}") and the all-or-nothing writes that change a budget.</summary>
public sealed partial class BudgetStore
{
    private const string ImportPrefix = "budgetimport|";

    public async Task SaveVoorstelAsync(OrganisatieScope scope, Importvoorstel voorstel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(voorstel);
        await Table.AddEntityAsync(new TableEntity(Partition(scope), ImportPrefix + voorstel.Id)
        {
            ["Domein"] = voorstel.Domein.ToString(),
            ["Jaren"] = Json.Write(voorstel.Jaren),
            ["Posten"] = Json.Write(voorstel.Posten),
            ["Basis"] = voorstel.Basis?.EnkeleETag?.ToString() ?? "",
            ["Bestandsnaam"] = voorstel.Bestandsnaam,
            ["Op"] = voorstel.Op,
            ["Door"] = voorstel.Door,
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Importvoorstel?> GetVoorstelAsync(OrganisatieScope scope, string id, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(Partition(scope), ImportPrefix + id, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value is { } r && Enum.TryParse<Domein>(r.GetString("Domein"), out var domein)
            ? new Importvoorstel(id, domein, Json.Read<List<int>>(r.GetString("Jaren")), Json.Read<List<Post>>(r.GetString("Posten")),
                r.GetString("Basis") is { Length: > 0 } basis ? Versie.Enkel(new ETag(basis)) : null, r.GetString("Bestandsnaam") ?? "", r.GetDateTimeOffset("Op") ?? default, r.GetString("Door") ?? "")
            : null;
    }

    /// <summary>
    /// Replaces the domain's budget by <paramref name="nieuw"/> in one transaction: the head row only if it still has the
    /// ETag the preview was made against, every post row, the removal of the preview (so it cannot be applied twice) and
    /// the audit event. Either all of it is written or none.
    /// </summary>
    public async Task<(ImportToepassing Uitkomst, ETag? ETag)> ApplyAsync(
        OrganisatieScope scope, Importvoorstel voorstel, Budget nieuw, int oudAantalPosten, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(voorstel);
        ArgumentNullException.ThrowIfNull(nieuw);
        var pk = Partition(scope);
        var rijen = new List<TableTransactionAction>
        {
            voorstel.Basis is { } basis
                ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, HeadRow(nieuw), basis.EnkeleETagOfOnbekend)
                : new TableTransactionAction(TableTransactionActionType.Add, HeadRow(nieuw)),
        };
        rijen.AddRange(PostRows(nieuw).Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)));
        rijen.AddRange(Enumerable.Range(nieuw.Posten.Count, Math.Max(0, oudAantalPosten - nieuw.Posten.Count))
            .Select(i => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(pk, PostKey(nieuw.Domein, i)), ETag.All)));
        rijen.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(pk, ImportPrefix + voorstel.Id), ETag.All));
        var (etag, geweigerd) = await WriteAsync(pk, rijen, auditEvent, cancellationToken).ConfigureAwait(false);
        return geweigerd switch
        {
            null => (ImportToepassing.Toegepast, etag),
            var i when i == rijen.Count - 1 => (ImportToepassing.Verdwenen, null),
            _ => (ImportToepassing.Verouderd, null),
        };
    }

    /// <summary>
    /// Replaces the domain's budget by <paramref name="nieuw"/> (a change made by hand) if its head row still has
    /// <paramref name="expected"/>: head, every post row and the rows of posts no longer there, with the audit event,
    /// in one transaction. Null when the ETag is stale.
    /// </summary>
    public async Task<ETag?> ReplaceAsync(OrganisatieScope scope, Budget nieuw, int oudAantalPosten, ETag expected, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nieuw);
        var pk = Partition(scope);
        var rijen = new List<TableTransactionAction> { new(TableTransactionActionType.UpdateReplace, HeadRow(nieuw), expected) };
        rijen.AddRange(PostRows(nieuw).Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)));
        rijen.AddRange(Enumerable.Range(nieuw.Posten.Count, Math.Max(0, oudAantalPosten - nieuw.Posten.Count))
            .Select(i => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(pk, PostKey(nieuw.Domein, i)), ETag.All)));
        return (await WriteAsync(pk, rijen, auditEvent, cancellationToken).ConfigureAwait(false)).ETag;
    }

    /// <summary>Writes a budget's head row (its status) if it still has <paramref name="expected"/>; null when that ETag is stale.</summary>
    public async Task<ETag?> SaveStatusAsync(OrganisatieScope scope, Budget budget, ETag expected, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var rij = new TableTransactionAction(TableTransactionActionType.UpdateReplace, HeadRow(budget), expected);
        return (await WriteAsync(Partition(scope), [rij], auditEvent, cancellationToken).ConfigureAwait(false)).ETag;
    }

    private static string Partition(OrganisatieScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return PartitionKey(new GemeenteId(scope.Organisatie.Value));
    }
}
