using System.Globalization;

namespace Regio.Domain.Budgetten;

/// <summary>A cell as read from a sheet: its text, and whether the spreadsheet stored it as a number (then in invariant notation).</summary>
public readonly record struct Cel(string Tekst, bool IsGetal = false)
{
    public bool IsLeeg => string.IsNullOrWhiteSpace(Tekst);
}

/// <summary>A budget as read from a sheet, or what is wrong with the sheet: row and column as the spreadsheet shows them.</summary>
public sealed record GelezenBlad(IReadOnlyList<int> Jaren, IReadOnlyList<Post> Posten, IReadOnlyList<BladFout> Fouten)
{
    public bool IsGeldig => Fouten.Count == 0;
}

/// <summary>
/// Reads the budget sheet a budgethouder already keeps: a header row with "Post" and one year per column, then one row per
/// post with whole euros (negative for a taakstelling). A row named "Totaal" is not a post but a check: it must equal the
/// sum of the posts. Rows are given as they appear, empty ones included, so that a row's index is its number minus one.
/// </summary>
public static class Budgetblad
{
    public const string Totaal = "Totaal";

    private const int MaximumFouten = 25;

    public static GelezenBlad Lees(IReadOnlyList<IReadOnlyList<Cel>> rijen)
    {
        ArgumentNullException.ThrowIfNull(rijen);
        var fouten = new List<BladFout>();
        var kop = Enumerable.Range(0, rijen.Count).FirstOrDefault(i => rijen[i].Any(c => !c.IsLeeg), -1);
        if (kop < 0)
        {
            return new([], [], [new BladFout(1, 1, "Het blad is leeg. Zet in de eerste rij 'Post' en de jaartallen, en daaronder één rij per post.")]);
        }
        var jaren = LeesJaren(rijen[kop], kop + 1, fouten);
        var posten = new List<Post>();
        var rijVan = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        (int Rij, List<long?> Bedragen)? totaal = null;
        for (var i = kop + 1; i < rijen.Count && fouten.Count < MaximumFouten; i++)
        {
            var rij = rijen[i];
            if (rij.All(c => c.IsLeeg))
                continue;
            var naam = rij.Count > 0 ? rij[0].Tekst.Trim() : "";
            var bedragen = LeesBedragen(rij, i + 1, jaren, fouten);
            if (naam.Length == 0)
            {
                fouten.Add(new BladFout(i + 1, 1, "De naam van de post ontbreekt."));
            }
            else if (naam.Length > 200)
            {
                fouten.Add(new BladFout(i + 1, 1, "De naam van de post is langer dan 200 tekens."));
            }
            else if (string.Equals(naam, Totaal, StringComparison.OrdinalIgnoreCase))
            {
                if (totaal is { } eerste)
                {
                    fouten.Add(new BladFout(i + 1, 1, $"De rij '{naam}' staat al in rij {eerste.Rij}; een blad heeft één totaalrij."));
                }
                totaal ??= (i + 1, bedragen);
            }
            else if (rijVan.TryGetValue(naam, out var eerder))
            {
                fouten.Add(new BladFout(i + 1, 1, $"De post '{naam}' staat al in rij {eerder}. Voeg de bedragen samen tot één rij of geef de posten verschillende namen."));
            }
            else
            {
                rijVan[naam] = i + 1;
                posten.Add(new Post(naam, bedragen.Select(b => b ?? 0).ToList()));
            }
        }
        if (fouten.Count == 0 && posten.Count == 0)
            fouten.Add(new BladFout(kop + 2, 1, "Het blad bevat geen posten. Zet onder de kopregel één rij per post."));
        if (posten.Count > Budget.MaximumPosten)
            fouten.Add(new BladFout(kop + 1, 1, $"Het blad heeft {posten.Count} posten; een budget kan er hoogstens {Budget.MaximumPosten} hebben. Voeg kleine posten samen."));
        if (fouten.Count == 0 && totaal is { } t)
            ControleerTotaal(t.Rij, t.Bedragen, jaren, posten, fouten);
        return new GelezenBlad(fouten.Count == 0 ? jaren.Select(j => j!.Value).ToList() : [], fouten.Count == 0 ? posten : [], fouten);
    }

    private static List<int?> LeesJaren(IReadOnlyList<Cel> kop, int rij, List<BladFout> fouten)
    {
        var laatste = Enumerable.Range(0, kop.Count).LastOrDefault(i => !kop[i].IsLeeg);
        var jaren = new List<int?>();
        for (var k = 1; k <= laatste; k++)
        {
            var tekst = kop[k].Tekst.Trim();
            int? jaar = int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var j) && j is >= 1990 and <= 2200 ? j : null;
            var melding = jaar is null
                ? tekst.Length == 0
                    ? "Hier ontbreekt het jaartal. Zet boven elke kolom met bedragen een jaar, bijvoorbeeld 2026."
                    : $"'{tekst}' is geen jaartal. Zet boven elke kolom met bedragen een jaar, bijvoorbeeld 2026."
                : jaren.Contains(jaar) ? $"Het jaar {jaar} staat al in kolom {BladFout.Kolomletter(jaren.IndexOf(jaar) + 2)}."
                : jaren.LastOrDefault(x => x is not null) is { } vorig && jaar < vorig ? $"Het jaar {jaar} staat na {vorig}. Zet de jaren op volgorde, van links naar rechts."
                : null;
            if (melding is not null)
            {
                fouten.Add(new BladFout(rij, k + 1, melding));
            }
            jaren.Add(jaar);
        }
        if (jaren.Count == 0)
            fouten.Add(new BladFout(rij, 2, "De kopregel heeft geen jaartallen. Zet 'Post' in kolom A en de jaren in de kolommen ernaast."));
        return jaren;
    }

    private static List<long?> LeesBedragen(IReadOnlyList<Cel> rij, int nummer, List<int?> jaren, List<BladFout> fouten)
    {
        var bedragen = new List<long?>();
        for (var k = 1; k <= jaren.Count; k++)
        {
            var cel = k < rij.Count ? rij[k] : default;
            var jaar = jaren[k - 1] is { } j ? $" ({j})" : "";
            long? bedrag = cel.IsLeeg ? null : Lees(cel);
            if (cel.IsLeeg || bedrag is null)
            {
                fouten.Add(new BladFout(nummer, k + 1, cel.IsLeeg
                    ? $"Het bedrag{jaar} ontbreekt. Vul 0 in als er voor dat jaar niets is begroot."
                    : $"'{cel.Tekst.Trim()}'{jaar} is geen bedrag in hele euro's. Schrijf bijvoorbeeld 250000, 250.000 of -5.164.000."));
            }
            bedragen.Add(bedrag);
        }
        for (var k = jaren.Count + 1; k < rij.Count; k++)
        {
            if (!rij[k].IsLeeg)
                fouten.Add(new BladFout(nummer, k + 1, "Boven deze kolom staat geen jaartal, dus is niet te zien voor welk jaar dit bedrag is."));
        }
        return bedragen;
    }

    private static long? Lees(Cel cel)
    {
        if (cel.IsGetal)
        {
            return decimal.TryParse(cel.Tekst, NumberStyles.Float, CultureInfo.InvariantCulture, out var getal) && getal == decimal.Truncate(getal)
                && getal is >= long.MinValue and <= long.MaxValue ? (long)getal : null;
        }
        return Bedrag.TryLees(cel.Tekst, out var euro) ? euro : null;
    }

    private static void ControleerTotaal(int rij, List<long?> totaal, List<int?> jaren, List<Post> posten, List<BladFout> fouten)
    {
        for (var k = 0; k < jaren.Count; k++)
        {
            var som = posten.Sum(p => p.BedragenInEuro[k]);
            if (totaal[k] != som)
                fouten.Add(new BladFout(rij, k + 2, $"Het totaal voor {jaren[k]} is {Bedrag.AlsEuro(totaal[k] ?? 0)}, maar de posten tellen op tot {Bedrag.AlsEuro(som)}."));
        }
    }
}
