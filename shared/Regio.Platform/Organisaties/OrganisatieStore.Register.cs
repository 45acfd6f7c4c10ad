using Azure;
using Azure.Data.Tables;
using Regio.Domain.Organisaties;
using Regio.Platform.Audit;
using Regio.Platform.Storage;

namespace Regio.Platform.Organisaties;

/// <summary>Registering an organisation and deciding on a self-registered one: one KvK number, one aanbieder.</summary>
public sealed partial class OrganisatieStore
{
    /// <summary>
    /// Registers an organisation with its audit event. An aanbieder's KvK number is claimed by a row "kvk|{nummer}" added in
    /// the same transaction as the organisation row, so of registrations racing for one number exactly one is stored and
    /// the others change nothing (issue 17: an invariant is a row storage refuses twice, not a read before the write).
    /// </summary>
    public async Task<Registreren> RegisterAsync(Organisatie organisatie, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisatie);
        List<TableTransactionAction> rows = [new(TableTransactionActionType.Add, OrganisatieMapping.ToRow(organisatie))];
        if (organisatie.Kvk is { } kvk)
        {
            rows.Add(new(TableTransactionActionType.Add, OrganisatieMapping.KvkToRow(kvk, organisatie.Id)));
        }
        var uitkomst = await ChangeWriter.WriteAsync(Table, Keten(organisatie.Id), rows, auditEvent, cancellationToken).ConfigureAwait(false);
        switch (uitkomst)
        {
            case WriteResult.Conflict { Index: 1 }:
                return new Registreren.KvkBezet(await GetKvkHouderAsync(organisatie.Kvk!.Value, cancellationToken).ConfigureAwait(false));
            case WriteResult.Conflict:
                return new Registreren.IdBezet();
            case WriteResult.Rejected r:
                // Checked input (an id of 40 characters, a name of 200) is never too large for a row.
                throw new InvalidOperationException($"Opslag weigerde rij {r.RowKey}: {r.Code}.");
        }
        _ = uitkomst.VersiesOfNull();
        await AllowTenantAsync(organisatie, cancellationToken).ConfigureAwait(false);
        return new Registreren.Geregistreerd();
    }

    /// <summary>
    /// Adds the KvK row of an organisation registered before KvK numbers had one (the demo loader's reload); one that
    /// exists is left alone, whoever it names.
    /// </summary>
    public async Task AddKvkIfMissingAsync(Organisatie organisatie, CancellationToken cancellationToken)
    {
        if (organisatie.Kvk is not { } kvk)
        {
            return;
        }
        try
        {
            await Table.AddEntityAsync(OrganisatieMapping.KvkToRow(kvk, organisatie.Id), cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
        }
    }

    /// <summary>The organisation row with its version, for a decision on it.</summary>
    public async Task<(Organisatie Organisatie, ETag ETag)?> GetMetVersieAsync(OrganisatieId id, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(RegisterPartition, RegisterRowKey(id), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value is { } value ? (OrganisatieMapping.FromRow(value), value.ETag) : null;
    }

    /// <summary>Writes an organisation's new status with its audit event, only over the version that was read.</summary>
    public async Task<bool> SaveStatusAsync(Organisatie organisatie, ETag gelezen, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisatie);
        var uitkomst = await ChangeWriter.WriteAsync(Table, Keten(organisatie.Id),
            [new(TableTransactionActionType.UpdateReplace, OrganisatieMapping.ToRow(organisatie), gelezen)], auditEvent, cancellationToken).ConfigureAwait(false);
        return uitkomst.VersiesOfNull() is not null;
    }

    private async Task<Organisatie?> GetKvkHouderAsync(KvkNummer kvk, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<TableEntity>(RegisterPartition, KvkRowKey(kvk), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value?.GetString("Organisatie") is { } id ? await GetAsync(new OrganisatieId(id), cancellationToken).ConfigureAwait(false) : null;
    }

    private static AuditKeten Keten(OrganisatieId id) => new(RegisterPartition, $"organisatie|{id.Value}");
}

/// <summary>What registering an organisation did.</summary>
public abstract record Registreren
{
    private Registreren() { }

    public sealed record Geregistreerd : Registreren;

    /// <summary>Another organisation has this id.</summary>
    public sealed record IdBezet : Registreren;

    /// <summary>The KvK number is <paramref name="Houder"/>'s (null only when that organisation could not be read).</summary>
    public sealed record KvkBezet(Organisatie? Houder) : Registreren;

    /// <summary>The Dutch message for a KvK number that is taken.</summary>
    public static string KvkMelding(KvkNummer kvk, Organisatie? houder) =>
        $"KvK-nummer {kvk} is al geregistreerd voor {houder?.Naam ?? "een andere organisatie"}.";
}
