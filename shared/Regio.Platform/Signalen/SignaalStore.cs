using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Regio.Domain.Signalen;
using Regio.Domain.Trajecten;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Signalen;

/// <summary>A stored signal and when the job first wrote it.</summary>
public sealed record Signaalrij(Signaal Signaal, DateTimeOffset Aangemaakt);

/// <summary>
/// Signals in the table "signalen", one partition per organisation (the scope the access policy gave). The RowKey is
/// "{moment, newest first}|{soort}|{onderwerp}": computed from the signal alone, so the same signal lands on the same row
/// and is added once (an add that meets the row answers 409 and changes nothing), and one range query returns an
/// organisation's signals newest moment first. Rows are never rewritten: a moved date is a new signal.
/// </summary>
public sealed class SignaalStore(StorageClients clients)
{
    /// <summary>What one read returns at most: a task overview, not an archive.</summary>
    public const int Maximum = 200;

    private TableClient Table => clients.Table(Names.SignalenTable);

    public static string Key(Signaal signaal)
    {
        ArgumentNullException.ThrowIfNull(signaal);
        var nieuwsteEerst = (DateTimeOffset.MaxValue.UtcTicks - signaal.Moment.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);
        return $"{nieuwsteEerst}|{signaal.Soort}|{signaal.Onderwerp}";
    }

    /// <summary>True when the signal is new for this organisation; false, changing nothing, when it was there already.</summary>
    public async Task<bool> AddAsync(OrganisatieScope scope, Signaal signaal, DateTimeOffset aangemaakt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(signaal);
        var row = new TableEntity(scope.Organisatie.Value, Key(signaal))
        {
            ["Soort"] = signaal.Soort.ToString(),
            ["Onderwerp"] = signaal.Onderwerp,
            ["Titel"] = signaal.Titel,
            ["Moment"] = signaal.Moment.ToString("O", CultureInfo.InvariantCulture),
            ["Traject"] = signaal.Traject?.Value,
            ["Perceel"] = signaal.Perceel,
            ["Contract"] = signaal.Contract,
            ["Aangemaakt"] = aangemaakt,
        };
        try
        {
            await Table.AddEntityAsync(row, ct).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>The organisation's signals, newest moment first, at most <paramref name="maximum"/>.</summary>
    public async Task<IReadOnlyList<Signaalrij>> ListAsync(OrganisatieScope scope, int maximum, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var rijen = new List<Signaalrij>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {scope.Organisatie.Value}");
        await foreach (var row in Table.QueryAsync<TableEntity>(filter, maxPerPage: maximum, cancellationToken: ct).ConfigureAwait(false))
        {
            if (ToSignaal(row) is { } signaal)
            {
                rijen.Add(new Signaalrij(signaal, row.GetDateTimeOffset("Aangemaakt") ?? default));
            }
            if (rijen.Count == maximum)
            {
                break;
            }
        }
        return rijen;
    }

    /// <summary>Null for a row of a kind this build does not know, so that an older build still reads the rest.</summary>
    private static Signaal? ToSignaal(TableEntity row) =>
        Enum.TryParse<Signaalsoort>(row.GetString("Soort"), out var soort) && Enum.IsDefined(soort)
        && DateTimeOffset.TryParse(row.GetString("Moment"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var moment)
            ? new Signaal(soort, row.GetString("Onderwerp") ?? "", row.GetString("Titel") ?? "", moment,
                row.GetString("Traject") is { Length: > 0 } traject ? new TrajectId(traject) : null, row.GetInt32("Perceel"), row.GetString("Contract"))
            : null;
}
