using Azure.Data.Tables;
using Regio.Domain.Rapportages;
using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Trajecten;

namespace Regio.Platform.Rapportages;

/// <summary>
/// Reads what a month's letter is written from, in two queries side by side whatever the number of trajecten: the regio's
/// trajecten (one partition range) and that month's audit events of the same partition (one range, filtered on time).
/// Only the regio's own partition is read: a gemeente's partition holds its local trajecten, budget and keuzes.
/// </summary>
public sealed class Maandbronnen(StorageClients clients, TrajectStore trajecten)
{
    public async Task<Maandbron> GetAsync(Domain.Regios.Regio regio, Maand maand, DateOnly vandaag, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(regio);
        var eigenaar = new Eigenaar.DeRegio(regio.Id);
        var lijst = trajecten.ListForOwnerAsync(eigenaar, ct);
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {TrajectStore.PartitionKey(eigenaar)} and RowKey gt {"audit|"} and RowKey lt {"audit}"} and Tijdstip ge {Begin(maand)} and Tijdstip lt {Begin(maand.Volgende)}");
        var gebeurtenissen = TrajectTransactie.ReadAsync(clients.Table(Names.TrajectenTable), filter, r => r, ct);
        var peildatum = maand.LaatsteDag < vandaag ? maand.LaatsteDag : vandaag;
        return new Maandbron(regio, maand, peildatum, await lijst.ConfigureAwait(false), AuditLog.InVolgorde(await gebeurtenissen.ConfigureAwait(false)));
    }

    /// <summary>Midnight in Amsterdam at the start of the month, as the UTC moment audit events are stored in.</summary>
    private static DateTimeOffset Begin(Maand maand) =>
        new(TimeZoneInfo.ConvertTimeToUtc(maand.EersteDag.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), NederlandseTijd.Zone), TimeSpan.Zero);
}
