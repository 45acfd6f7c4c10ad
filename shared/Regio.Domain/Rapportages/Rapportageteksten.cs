using System.Text;

namespace Regio.Domain.Rapportages;

/// <summary>
/// The four parts of a raadsinformatiebrief, as plain Dutch text: paragraphs separated by line breaks. The coordinator
/// edits them freely before the letter is final; each must say something.
/// </summary>
public sealed record Rapportageteksten(string Aanleiding, string Kernboodschap, string Consequenties, string Vervolg)
{
    /// <summary>Per part; a Table Storage string holds 32K characters, and a council letter is far shorter.</summary>
    public const int MaximumLengte = 30_000;

    /// <summary>The parts in the letter's order, with the key a form or API field uses and the heading the letter shows.</summary>
    public IReadOnlyList<(string Veld, string Kop, string Tekst)> Onderdelen =>
    [
        ("aanleiding", "Aanleiding", Aanleiding),
        ("kernboodschap", "Kernboodschap", Kernboodschap),
        ("consequenties", "Consequenties", Consequenties),
        ("vervolg", "Vervolg", Vervolg),
    ];

    /// <summary>
    /// The texts as they will be stored: line breaks made uniform, outer white space trimmed, or per field what to fix.
    /// Null input counts as empty, so an API client that leaves a part out hears which one.
    /// </summary>
    public static (Rapportageteksten? Teksten, IReadOnlyDictionary<string, string> Fouten) Controleer(
        string? aanleiding, string? kernboodschap, string? consequenties, string? vervolg)
    {
        var fouten = new Dictionary<string, string>();
        var schoon = new[] { ("aanleiding", "Aanleiding", aanleiding), ("kernboodschap", "Kernboodschap", kernboodschap),
            ("consequenties", "Consequenties", consequenties), ("vervolg", "Vervolg", vervolg) }
            .Select(d => (d.Item1, Tekst: Controleer(d.Item1, d.Item2, d.Item3, fouten)))
            .ToList();
        return fouten.Count > 0
            ? (null, fouten)
            : (new Rapportageteksten(schoon[0].Tekst, schoon[1].Tekst, schoon[2].Tekst, schoon[3].Tekst), fouten);
    }

    /// <summary>
    /// Text from the platform's own data, made fit for the letter: characters a document cannot hold are left out,
    /// so a stray control character in a milestone's description never stops a letter from being written.
    /// </summary>
    public static string Schoon(string tekst)
    {
        ArgumentNullException.ThrowIfNull(tekst);
        var result = new StringBuilder(tekst.Length);
        for (var i = 0; i < tekst.Length; i++)
        {
            var lengte = GeldigTeken(tekst, i);
            if (lengte > 0)
            {
                result.Append(tekst, i, lengte);
                i += lengte - 1;
            }
        }
        return result.ToString();
    }

    private static string Controleer(string veld, string kop, string? tekst, Dictionary<string, string> fouten)
    {
        var genormaliseerd = (tekst ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        if (genormaliseerd.Length == 0)
        {
            fouten[veld] = $"{kop} mag niet leeg zijn. Schrijf ten minste één zin.";
        }
        else if (genormaliseerd.Length > MaximumLengte)
        {
            fouten[veld] = $"{kop} is {genormaliseerd.Length} tekens lang; het maximum is {MaximumLengte}. Maak de tekst korter.";
        }
        else if (Schoon(genormaliseerd) != genormaliseerd)
        {
            fouten[veld] = $"{kop} bevat een teken dat niet in een document past (een stuurteken). Typ de tekst opnieuw of plak hem als platte tekst.";
        }
        return genormaliseerd;
    }

    /// <summary>How many chars at <paramref name="i"/> form one character XML 1.0 allows (0: none), so DOCX can hold it.</summary>
    private static int GeldigTeken(string tekst, int i)
    {
        var c = tekst[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < tekst.Length && char.IsLowSurrogate(tekst[i + 1]) ? 2 : 0;
        }
        if (char.IsLowSurrogate(c) || c is '\uFFFE' or '\uFFFF')
        {
            return 0;
        }
        return c is '\n' or '\t' || !char.IsControl(c) ? 1 : 0;
    }
}
