using System.Globalization;
using Azure.Data.Tables;

namespace Regio.Platform.Audit;

/// <summary>
/// One audit chain: a name inside a partition (DESIGN rule 5). Each traject, perceel, budget or organisation has its
/// own chain, so writes to different things never wait for the same head. The chain lives in the partition of the data
/// it records, because a change and its event are written in one transaction.
/// <para>
/// Rows: the head is <c>auditkop|{naam}</c> and event n is <c>audit|{naam}~{n:D10}</c> ('~' never occurs in a
/// name, so the events of "traject|a" and of "traject|a|perceel|1" never share a range). Chains written before there
/// were names (one per partition: <c>auditkop</c> and <c>audit|{n:D10}</c>) keep their rows and stay verifiable as the
/// partition chain (<see cref="Partitieketen"/>); nothing appends to them any more.
/// </para>
/// </summary>
public sealed record AuditKeten
{
    private const string KopPrefix = "auditkop";
    private const string EventPrefix = "audit|";

    public AuditKeten(string partitie, string naam)
    {
        ArgumentException.ThrowIfNullOrEmpty(partitie);
        ArgumentNullException.ThrowIfNull(naam);
        // A name starts with a letter, so its rows never fall in the digit range of the partition chain's events.
        if (naam.Length > 0 && (!char.IsAsciiLetter(naam[0]) || naam.Any(c => c is '~' or '/' or '\\' or '#' or '?' || char.IsControl(c))))
        {
            throw new ArgumentException($"Een auditketen heet naar wat ze vastlegt: een letter eerst, zonder ~ / \\ # ? of stuurtekens, niet '{naam}'.", nameof(naam));
        }
        Partitie = partitie;
        Naam = naam;
    }

    public string Partitie { get; }

    /// <summary>Empty for the partition chain of before per-thing chains.</summary>
    public string Naam { get; }

    public bool IsPartitieketen => Naam.Length == 0;

    /// <summary>The one chain a partition had before chains got names.</summary>
    public static AuditKeten Partitieketen(string partitie) => new(partitie, "");

    internal string KopRowKey => IsPartitieketen ? KopPrefix : $"{KopPrefix}|{Naam}";

    internal string EventRowKey(long volgnummer) =>
        (IsPartitieketen ? EventPrefix : $"{EventPrefix}{Naam}~") + volgnummer.ToString("D10", CultureInfo.InvariantCulture);

    /// <summary>The events of this chain, oldest first: one range query in its partition.</summary>
    internal string EventFilter => IsPartitieketen
        // Digits only: "audit|0000000001" up to "audit|9999999999".
        ? TableClient.CreateQueryFilter($"PartitionKey eq {Partitie} and RowKey ge {EventPrefix + "0"} and RowKey lt {EventPrefix + ":"}")
        : TableClient.CreateQueryFilter($"PartitionKey eq {Partitie} and RowKey ge {$"{EventPrefix}{Naam}~0"} and RowKey lt {$"{EventPrefix}{Naam}~:"}");

    /// <summary>Every event of every chain in <paramref name="partitie"/>.</summary>
    internal static string PartitionEventFilter(string partitie) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {partitie} and RowKey gt {EventPrefix} and RowKey lt {"audit}"}");

    /// <summary>The heads of every chain in <paramref name="partitie"/>, or of the whole table when it is null.</summary>
    internal static string KopFilter(string? partitie) => partitie is null
        ? TableClient.CreateQueryFilter($"RowKey ge {KopPrefix} and RowKey lt {"auditkoq"}")
        : TableClient.CreateQueryFilter($"PartitionKey eq {partitie} and RowKey ge {KopPrefix} and RowKey lt {"auditkoq"}");

    /// <summary>The chain a head row or an event row belongs to.</summary>
    internal static AuditKeten? FromRow(string partitie, string rowKey)
    {
        if (rowKey == KopPrefix)
        {
            return Partitieketen(partitie);
        }
        if (rowKey.StartsWith(KopPrefix + "|", StringComparison.Ordinal))
        {
            return new AuditKeten(partitie, rowKey[(KopPrefix.Length + 1)..]);
        }
        if (!rowKey.StartsWith(EventPrefix, StringComparison.Ordinal))
        {
            return null;
        }
        var tilde = rowKey.LastIndexOf('~');
        return tilde > EventPrefix.Length ? new AuditKeten(partitie, rowKey[EventPrefix.Length..tilde])
            : rowKey.Length > EventPrefix.Length && char.IsAsciiDigit(rowKey[EventPrefix.Length]) ? Partitieketen(partitie)
            : null;
    }

    public override string ToString() => IsPartitieketen ? Partitie : $"{Partitie} / {Naam}";
}
