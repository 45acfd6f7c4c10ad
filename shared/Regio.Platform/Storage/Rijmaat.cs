using Azure.Data.Tables;

namespace Regio.Platform.Storage;

/// <summary>
/// Table Storage's limits (64 KiB per string property, 1 MiB per entity, 100 actions and 4 MiB per transaction) and
/// long text spread over numbered columns, so a long dossier fills a row before any one of its columns is full.
/// The size estimate follows the documented formula (learn.microsoft.com, "Understanding the Table service data model").
/// </summary>
public static class Rijmaat
{
    /// <summary>A string property holds 32,768 UTF-16 characters; a column here holds fewer so an estimate never rounds past it.</summary>
    public const int MaxTekensPerKolom = 30_000;

    public const long MaxRijBytes = 1024 * 1024;

    /// <summary>4 MiB for the whole request; the rest is kept for the audit event and the request's own framing.</summary>
    public const long MaxTransactieBytes = (4 * 1024 * 1024) - (256 * 1024);

    /// <summary>Writes <paramref name="waarde"/> into <paramref name="kolom"/>, and what does not fit into kolom_2, kolom_3 …</summary>
    public static void Schrijf(TableEntity rij, string kolom, string? waarde)
    {
        ArgumentNullException.ThrowIfNull(rij);
        if (waarde is null || waarde.Length <= MaxTekensPerKolom)
        {
            rij[kolom] = waarde;
            return;
        }
        for (var deel = 0; deel * MaxTekensPerKolom < waarde.Length; deel++)
        {
            var stuk = waarde.Substring(deel * MaxTekensPerKolom, Math.Min(MaxTekensPerKolom, waarde.Length - (deel * MaxTekensPerKolom)));
            rij[deel == 0 ? kolom : $"{kolom}_{deel + 1}"] = stuk;
        }
    }

    public static string? Lees(TableEntity rij, string kolom)
    {
        ArgumentNullException.ThrowIfNull(rij);
        if (rij.GetString(kolom) is not { } eerste)
        {
            return null;
        }
        if (!rij.ContainsKey($"{kolom}_2"))
        {
            return eerste;
        }
        var delen = new List<string> { eerste };
        for (var deel = 2; rij.GetString($"{kolom}_{deel}") is { } stuk; deel++)
        {
            delen.Add(stuk);
        }
        return string.Concat(delen);
    }

    /// <summary>The row's size as Table Storage counts it.</summary>
    public static long Bytes(ITableEntity rij)
    {
        ArgumentNullException.ThrowIfNull(rij);
        long bytes = 4 + (rij.PartitionKey.Length * 2) + 2 + (rij.RowKey.Length * 2) + 2;
        if (rij is TableEntity entity)
        {
            foreach (var (naam, waarde) in entity)
            {
                bytes += 8 + (naam.Length * 2) + 2 + waarde switch
                {
                    string s => (s.Length * 2) + 4,
                    byte[] b => b.Length + 4,
                    _ => 8,
                };
            }
        }
        return bytes;
    }
}
