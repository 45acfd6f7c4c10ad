using System.Text.RegularExpressions;

namespace Regio.Platform.Trajecten.Inschrijvingen;

/// <summary>The checks on what an aanbieder declares about its files, before anything is read from storage.</summary>
internal static partial class Inschrijvingsinvoer
{
    /// <summary>The largest file of a submission.</summary>
    public const long MaximumBytes = 200L * 1024 * 1024;

    /// <summary>A submission is one table transaction (at most 100 rows): its head, version and audit rows and a row per file.</summary>
    private const int MaximumBestanden = 90;

    public static bool IsUploadId(string? id) => id is { Length: 32 } && UploadVorm().IsMatch(id);

    /// <summary>What is wrong with the list of files as declared; null when it may be checked in storage.</summary>
    public static string? Invoerfout(IReadOnlyList<InTeDienenBestand> bestanden)
    {
        if (bestanden.Count == 0)
            return "Voeg de bestanden toe die u heeft geüpload. Uploaden alleen is geen indienen.";
        if (bestanden.Count > MaximumBestanden)
            return $"Dien hoogstens {MaximumBestanden} bestanden tegelijk in; voeg zo nodig bestanden samen.";
        if (bestanden.Any(b => b is null || string.IsNullOrWhiteSpace(b.Document) || !IsUploadId(b.UploadId)))
            return "Geef bij elk bestand het document en het uploadnummer dat u bij de uploadmachtiging kreeg.";
        if (bestanden.Any(b => string.IsNullOrWhiteSpace(b.Bestandsnaam) || b.Bestandsnaam.Length > 200))
            return "Geef bij elk bestand de bestandsnaam (hoogstens 200 tekens).";
        if (bestanden.Any(b => b.Grootte is <= 0 or > MaximumBytes || b.Sha256 is null || !Sha256Vorm().IsMatch(b.Sha256)))
            return "Geef bij elk bestand de grootte in bytes (hoogstens 200 MB) en de SHA-256 (64 hexadecimale tekens).";
        return bestanden.Select(b => b.UploadId).Distinct(StringComparer.Ordinal).Count() == bestanden.Count
            ? null
            : "Elk geüpload bestand kan maar één keer worden ingediend.";
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex UploadVorm();

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Vorm();
}
