using Azure;
using Azure.Data.Tables;
using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Storage;

namespace Regio.Platform.Trajecten;

/// <summary>
/// The answer of <see cref="TrajectStore.SaveAsync(Traject, Versie, AuditEvent, CancellationToken)"/>: the new version;
/// or that a row it had to change moved since the client read it (for an add: that the traject exists);
/// or a Dutch refusal because the traject would not fit in storage (<see cref="TeGroot"/>).
/// </summary>
public sealed record TrajectOpgeslagen(Versie? Versie, string? TeGroot = null)
{
    public bool Verouderd => Versie is null && TeGroot is null;
}

/// <summary>Reading one traject by id and writing it back with the version that was read (DESIGN rule 5).</summary>
public sealed partial class TrajectStore
{
    private const string TeGrootVoorOpslag = "Dit traject kan zo niet worden opgeslagen: een onderdeel ervan wordt groter dan de opslag toestaat. Maak de teksten korter.";

    /// <summary>
    /// Adds the traject's rows and its audit event in one transaction, then its index row. Verouderd when it exists.
    /// The index row is written after (and outside) the transaction because it lives in another partition; it is
    /// written idempotently, also when the traject existed, so a crash between the two heals on the next try.
    /// A traject an older build stored as one row exists too; it is written as rows now (the demo loader's migration).
    /// </summary>
    public async Task<TrajectOpgeslagen> AddWithVersieAsync(Traject traject, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(traject);
        ArgumentNullException.ThrowIfNull(auditEvent);
        var oud = await Table.GetEntityIfExistsAsync<TableEntity>(PartitionKey(traject.Eigenaar), TrajectRijen.OudeSleutel(traject.Id), cancellationToken: cancellationToken).ConfigureAwait(false);
        TrajectOpgeslagen uitkomst;
        if (oud.HasValue && oud.Value is { } rij)
        {
            var bestaand = TrajectRijen.LeesOud(rij, traject.Eigenaar);
            var versie = Versie.Leeg.Met(TrajectRijen.Oud, rij.ETag);
            var overgezet = auditEvent with { Actie = "Traject overgezet naar rijen", Onderwerp = $"traject:{traject.Id}", Voor = null, Na = null };
            await SaveAsync((bestaand, versie), bestaand, versie, overgezet, cancellationToken).ConfigureAwait(false);
            uitkomst = new TrajectOpgeslagen(null);
        }
        else
        {
            uitkomst = await WriteAsync(Trajectplan.Maak(null, Versie.Leeg, traject, Versie.Leeg), traject, auditEvent, cancellationToken).ConfigureAwait(false);
        }
        if (uitkomst.TeGroot is null)
        {
            await SchrijfIndexAsync(traject, cancellationToken).ConfigureAwait(false);
        }
        return uitkomst;
    }

    public async Task<(Traject Traject, Versie Versie)?> GetAsync(TrajectId id, CancellationToken cancellationToken)
    {
        if (!_eigenaren.TryGetValue(id, out var eigenaar))
        {
            var index = await Table.GetEntityIfExistsAsync<TableEntity>(IndexPartition, id.Value, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!index.HasValue || index.Value is not { } indexRow || !Eigenaar.TryParse(indexRow.GetString("Eigenaar"), out var gelezen))
            {
                return null;
            }
            eigenaar = _eigenaren.GetOrAdd(id, gelezen);
        }
        return await GetAsync(eigenaar, id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One range query for the traject's rows; only when it finds none, the old single row.</summary>
    public async Task<(Traject Traject, Versie Versie)?> GetAsync(Eigenaar eigenaar, TrajectId id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eigenaar);
        var partitie = PartitionKey(eigenaar);
        var rijen = new List<TableEntity>();
        await foreach (var row in Table.QueryAsync<TableEntity>(TrajectRijen.Bereik(partitie, id), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rijen.Add(row);
        }
        if (rijen.Count == 0
            && await Table.GetEntityIfExistsAsync<TableEntity>(partitie, TrajectRijen.OudeSleutel(id), cancellationToken: cancellationToken).ConfigureAwait(false) is { HasValue: true, Value: { } oud })
        {
            rijen.Add(oud);
        }
        return Lees(id, eigenaar, rijen);
    }

    /// <summary>Reads the traject again and writes what <paramref name="traject"/> changed, checked against <paramref name="expected"/>.</summary>
    public async Task<TrajectOpgeslagen> SaveAsync(Traject traject, Versie expected, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(traject);
        var gelezen = await GetAsync(traject.Eigenaar, traject.Id, cancellationToken).ConfigureAwait(false);
        return await SaveAsync(gelezen, traject, expected, auditEvent, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the rows in which <paramref name="traject"/> differs from <paramref name="gelezen"/> (as the server read it),
    /// each only if it is still as <paramref name="expected"/> (as the client read it) knows it; with the audit event.
    /// </summary>
    public async Task<TrajectOpgeslagen> SaveAsync(
        (Traject Traject, Versie Versie)? gelezen, Traject traject, Versie expected, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(traject);
        return gelezen is { } g
            ? await WriteAsync(Trajectplan.Maak(g.Traject, g.Versie, traject, expected), traject, auditEvent, cancellationToken).ConfigureAwait(false)
            : new TrajectOpgeslagen(null);
    }

    /// <summary>The traject's rows as part of a larger transaction in its partition (its status rows after them), replaced as read.</summary>
    internal static IReadOnlyList<TableTransactionAction> Vervang(Traject voor, Versie gelezen, Traject na) =>
        Trajectplan.Maak(voor, gelezen, na, gelezen).Acties;

    private async Task<TrajectOpgeslagen> WriteAsync(Trajectplan plan, Traject traject, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        if (plan.TeGroot is { } teGroot)
        {
            return new TrajectOpgeslagen(null, teGroot);
        }
        if (plan.Verouderd)
        {
            return new TrajectOpgeslagen(null);
        }
        var uitkomst = await ChangeWriter.WriteAsync(Table, Keten(traject.Eigenaar, traject.Id), plan.Acties, auditEvent, cancellationToken).ConfigureAwait(false);
        return uitkomst is WriteResult.Rejected
            ? new TrajectOpgeslagen(null, TeGrootVoorOpslag)
            : new TrajectOpgeslagen(uitkomst.VersiesOfNull() is { } etags ? plan.Na(etags) : null);
    }

    private async Task SchrijfIndexAsync(Traject traject, CancellationToken cancellationToken)
    {
        try
        {
            await Table.AddEntityAsync(new TableEntity(IndexPartition, traject.Id.Value) { ["Eigenaar"] = traject.Eigenaar.Sleutel }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Already indexed: adding it twice changes nothing, so a second demo load leaves every ETag as it was.
        }
    }
}
