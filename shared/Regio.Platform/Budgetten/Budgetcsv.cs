using System.Globalization;
using System.Text;
using Regio.Domain.Budgetten;

namespace Regio.Platform.Budgetten;

/// <summary>CSV as spreadsheets write it (RFC 4180 quoting), with the separator taken from the header row.</summary>
internal static class Budgetcsv
{
    private static readonly char[] Scheidingstekens = [';', '\t', ','];

    public static IReadOnlyList<IReadOnlyList<Cel>> Lees(string tekst)
    {
        var eersteRegel = tekst.Split('\n').FirstOrDefault(r => r.Trim().Length > 0) ?? "";
        var scheiding = Scheidingstekens.OrderByDescending(c => eersteRegel.Count(x => x == c)).First();
        var rijen = new List<IReadOnlyList<Cel>>();
        var rij = new List<Cel>();
        var veld = new StringBuilder();
        var tussenAanhalingstekens = false;
        for (var i = 0; i < tekst.Length; i++)
        {
            var c = tekst[i];
            if (tussenAanhalingstekens)
            {
                if (c == '"' && i + 1 < tekst.Length && tekst[i + 1] == '"')
                {
                    veld.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    tussenAanhalingstekens = false;
                }
                else
                {
                    veld.Append(c);
                }
            }
            else if (c == '"' && veld.Length == 0)
            {
                tussenAanhalingstekens = true;
            }
            else if (c == scheiding)
            {
                rij.Add(new Cel(veld.ToString()));
                veld.Clear();
            }
            else if (c == '\n')
            {
                rij.Add(new Cel(veld.ToString().TrimEnd('\r')));
                veld.Clear();
                rijen.Add(rij);
                rij = [];
            }
            else
            {
                veld.Append(c);
            }
        }
        if (veld.Length > 0 || rij.Count > 0)
        {
            rij.Add(new Cel(veld.ToString().TrimEnd('\r')));
            rijen.Add(rij);
        }
        return rijen;
    }

    public static byte[] Schrijf(Budget budget)
    {
        var csv = new StringBuilder();
        csv.Append("Post;").AppendJoin(';', budget.Jaren.Select(j => j.ToString(CultureInfo.InvariantCulture))).Append("\r\n");
        foreach (var post in budget.Posten)
            Regel(csv, post.Naam, post.BedragenInEuro);
        Regel(csv, Budgetblad.Totaal, budget.TotaalInEuro());
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static void Regel(StringBuilder csv, string naam, IEnumerable<long> bedragen) =>
        csv.Append(Veld(naam)).Append(';').AppendJoin(';', bedragen.Select(b => b.ToString(CultureInfo.InvariantCulture))).Append("\r\n");

    /// <summary>Quoted where needed; a name that a spreadsheet would run as a formula gets a leading apostrophe.</summary>
    private static string Veld(string tekst)
    {
        var veilig = tekst.Length > 0 && "=+-@".Contains(tekst[0], StringComparison.Ordinal) ? "'" + tekst : tekst;
        return veilig.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{veilig.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : veilig;
    }
}
