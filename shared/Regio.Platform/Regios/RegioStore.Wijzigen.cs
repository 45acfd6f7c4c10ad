using Azure.Data.Tables;
using Regio.Domain.Regios;
using Regio.Platform.Audit;
using Regio.Platform.Storage;

namespace Regio.Platform.Regios;

/// <summary>Changing a regio: its name, centrumgemeente and members in one transaction with the audit event.</summary>
public sealed partial class RegioStore
{
    /// <summary>
    /// Writes <paramref name="nieuw"/> over <paramref name="gelezen"/>: the root row is always replaced with the ETag it
    /// was read with, so any other change since that read (every change replaces it) makes this one stale; then only the
    /// member rows that differ are added, replaced or deleted. Null, changing nothing, when it is stale.
    /// </summary>
    public async Task<Regioversie?> SaveAsync(Regioversie gelezen, Domain.Regios.Regio nieuw, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gelezen);
        ArgumentNullException.ThrowIfNull(nieuw);
        var acties = Acties(gelezen, nieuw);
        var uitkomst = await ChangeWriter.WriteAsync(Table, Keten(nieuw.Id), acties, auditEvent, cancellationToken).ConfigureAwait(false);
        if (uitkomst.VersiesOfNull() is not { } etags)
        {
            return null;
        }
        var versie = gelezen.Versie;
        foreach (var (actie, etag) in acties.Zip(etags))
        {
            versie = actie.ActionType == TableTransactionActionType.Delete ? versie.Zonder(actie.Entity.RowKey) : versie.Met(actie.Entity.RowKey, etag);
        }
        return new Regioversie(nieuw, versie);
    }

    /// <summary>Whether the change fits in one transaction (the root row, each member row that changes, the audit event).</summary>
    public static bool FitsOneWrite(Regioversie gelezen, Domain.Regios.Regio nieuw) => Acties(gelezen, nieuw).Count <= ChangeWriter.MaxRows;

    private static List<TableTransactionAction> Acties(Regioversie gelezen, Domain.Regios.Regio nieuw)
    {
        var pk = PartitionKey(nieuw.Id);
        var versie = gelezen.Versie;
        var acties = new List<TableTransactionAction> { new(TableTransactionActionType.UpdateReplace, RootRow(nieuw), versie.VanOfOnbekend(RootRowKey)) };
        var oud = gelezen.Regio.Gemeenten.Select((g, i) => (g, i)).ToDictionary(x => x.g.Id, x => x);
        acties.AddRange(gelezen.Regio.Gemeenten.Where(g => !nieuw.HeeftGemeente(g.Id))
            .Select(g => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(pk, GemeentePrefix + g.Id), versie.VanOfOnbekend(GemeentePrefix + g.Id))));
        for (var i = 0; i < nieuw.Gemeenten.Count; i++)
        {
            var gemeente = nieuw.Gemeenten[i];
            if (!oud.TryGetValue(gemeente.Id, out var was))
            {
                acties.Add(new(TableTransactionActionType.Add, MemberRow(pk, gemeente, i)));
            }
            else if (was.g != gemeente || was.i != i)
            {
                acties.Add(new(TableTransactionActionType.UpdateReplace, MemberRow(pk, gemeente, i), versie.VanOfOnbekend(GemeentePrefix + gemeente.Id)));
            }
        }
        return acties;
    }
}
