using System.Globalization;
using System.Text;

namespace Regio.Domain.Trajecten.Stukken;

/// <summary>The rules for publishing a tender document, as pure functions that return the refusals they find.</summary>
public static class Stukregels
{
    public const int MaxTitel = 200;
    public const int MaxToelichting = 1000;
    public const int MaxBestandsnaam = 200;
    private const int MaxId = 60;

    /// <summary>
    /// What is wrong with a new document: its title (empty, too long, or already used for the same perceel, which would
    /// leave readers guessing which is meant) and its perceel (must exist on the traject).
    /// </summary>
    public static IReadOnlyList<StukWeigering> ControleerNieuw(string? titel, int? perceel, Traject traject, IEnumerable<Aanbestedingsstuk> bestaande)
    {
        ArgumentNullException.ThrowIfNull(traject);
        var weigeringen = new List<StukWeigering>();
        if (ControleerTitel(titel) is { } titelFout)
            weigeringen.Add(titelFout);
        else if (bestaande.FirstOrDefault(s => s.Perceel == perceel && string.Equals(s.Titel, titel!.Trim(), StringComparison.OrdinalIgnoreCase)) is { } zelfde)
            weigeringen.Add(new StukWeigering.TitelBestaat(zelfde.Titel));
        if (perceel is { } nummer && traject.Percelen.All(p => p.Nummer != nummer))
            weigeringen.Add(new StukWeigering.OnbekendPerceel(nummer, traject.Percelen.Select(p => p.Nummer).Order().ToList()));
        return weigeringen;
    }

    public static StukWeigering? ControleerTitel(string? titel) => titel?.Trim() switch
    {
        null or "" => new StukWeigering.GeenTitel(),
        { Length: > MaxTitel } => new StukWeigering.TitelTeLang(MaxTitel),
        _ => null,
    };

    public static StukWeigering? ControleerToelichting(string? toelichting) =>
        toelichting?.Trim().Length > MaxToelichting ? new StukWeigering.ToelichtingTeLang(MaxToelichting) : null;

    /// <summary>
    /// The id of a new document: its title in lowercase letters, digits and hyphens (accents dropped), made unique
    /// within the traject by a number, so a document keeps a readable, stable address.
    /// </summary>
    public static string NieuwId(string titel, IEnumerable<string> bestaandeIds)
    {
        ArgumentNullException.ThrowIfNull(titel);
        var basis = Slug(titel);
        var bezet = bestaandeIds.ToHashSet(StringComparer.Ordinal);
        if (!bezet.Contains(basis))
            return basis;
        for (var n = 2; ; n++)
        {
            var kandidaat = $"{basis[..Math.Min(basis.Length, MaxId - 4)]}-{n.ToString(CultureInfo.InvariantCulture)}";
            if (!bezet.Contains(kandidaat))
                return kandidaat;
        }
    }

    /// <summary>
    /// The file name to offer on download: the last segment of what the browser sent (some send a full path),
    /// without control characters, or "document" with the extension of the recognised kind when nothing is left.
    /// </summary>
    public static string Bestandsnaam(string? gegeven, string extensie)
    {
        var naam = (gegeven ?? "").Split('/', '\\')[^1];
        naam = new string(naam.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (naam.Length > MaxBestandsnaam)
            naam = naam[^MaxBestandsnaam..];
        return naam.Length == 0 || naam.All(c => c == '.') ? $"document.{extensie}" : naam;
    }

    private static string Slug(string titel)
    {
        var slug = new StringBuilder();
        foreach (var c in titel.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
                slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-')
                slug.Append('-');
        }
        var tekst = slug.ToString(0, Math.Min(slug.Length, MaxId)).Trim('-');
        return tekst.Length == 0 ? "document" : tekst;
    }
}
