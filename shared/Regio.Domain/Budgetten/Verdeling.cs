using System.Numerics;
using Regio.Domain.Regios;

namespace Regio.Domain.Budgetten;

/// <summary>One gemeente's part of the verdeelsleutel: a fraction of what the fixed amounts leave, or a fixed amount per year.</summary>
public sealed record Sleutelregel(GemeenteId Gemeente, Breuk? Fractie, long? VastPerJaar);

/// <summary>
/// One gemeente's share of a shared perceel per year, in whole euros. <see cref="Afronding"/> says per year how many
/// euros it got on top of its exact share rounded down, so that the shares add up to the contract value to the euro.
/// </summary>
public sealed record Aandeel(GemeenteId Gemeente, IReadOnlyList<long> Bedragen, IReadOnlyList<long> Afronding);

/// <summary>
/// The contract value of a shared perceel per year and how it is divided over the gemeenten that take part. Fixed
/// amounts come off first; the fractions (adding up to exactly one) divide the rest. Each fractional share is rounded
/// down to the euro and the euros left over go, one each, to the largest remainders, ties in the order of the key
/// (the largest-remainder method): deterministic, visible, and the sum is the contract value exactly.
/// </summary>
public sealed record Verdeling(IReadOnlyList<int> Jaren, IReadOnlyList<long> Contractwaarde, IReadOnlyList<Sleutelregel> Sleutel)
{
    /// <summary>What is wrong, per field, against the gemeenten that take part; empty when the verdeling holds.</summary>
    public IReadOnlyDictionary<string, string> Controleer(IReadOnlyList<GemeenteId> deelnemers)
    {
        ArgumentNullException.ThrowIfNull(deelnemers);
        var fouten = new Dictionary<string, string>();
        if (Jaren.Count == 0 || Jaren.Count != Contractwaarde.Count || Jaren.Distinct().Count() != Jaren.Count || !Jaren.Order().SequenceEqual(Jaren))
            fouten["contractwaarde"] = "Geef de contractwaarde voor elk jaar één keer, in oplopende jaren.";
        else if (Contractwaarde.Any(w => w < 0))
            fouten["contractwaarde"] = "Een contractwaarde is 0 of meer euro.";
        foreach (var regel in Sleutel)
        {
            var veld = $"aandelen.{regel.Gemeente}";
            if (!deelnemers.Contains(regel.Gemeente))
                fouten[veld] = $"{regel.Gemeente} neemt niet deel aan dit traject.";
            else if ((regel.Fractie is null) == (regel.VastPerJaar is null))
                fouten[veld] = "Geef per gemeente een deel (zoals 1/7 of 14,5%) of een vast bedrag per jaar, niet allebei en niet geen van beide.";
            else if (regel.Fractie is { } f && (f.Teller <= 0 || f.Teller > f.Noemer))
                fouten[veld] = "Een deel ligt tussen 0 en 1 (of 0% en 100%).";
            else if (regel.VastPerJaar < 0)
                fouten[veld] = "Een vast bedrag is 0 of meer euro.";
        }
        foreach (var ontbreekt in deelnemers.Where(d => Sleutel.Count(r => r.Gemeente == d) != 1))
            fouten[$"aandelen.{ontbreekt}"] = $"Geef voor {ontbreekt} precies één aandeel: elke deelnemende gemeente betaalt mee.";
        if (fouten.Count > 0)
            return fouten;
        var vast = Sleutel.Sum(r => r.VastPerJaar ?? 0);
        var delen = Sleutel.Where(r => r.Fractie is not null).Select(r => r.Fractie!.Value).ToList();
        var som = Breuk.Som(delen);
        if (delen.Count > 0 && som != Breuk.Een)
            fouten["aandelen"] = $"De delen tellen op tot {som} ({som.AlsPercentage()}); samen horen ze precies 1 (100%) te zijn.";
        else if (delen.Count > 0 && Contractwaarde.Any(w => vast > w))
            fouten["aandelen"] = $"De vaste bedragen ({Bedrag.AlsEuro(vast)} per jaar) zijn meer dan de contractwaarde in {Jaren[Contractwaarde.ToList().FindIndex(w => vast > w)]}.";
        else if (delen.Count == 0 && Contractwaarde.Any(w => w != vast))
            fouten["aandelen"] = $"De vaste bedragen tellen op tot {Bedrag.AlsEuro(vast)} per jaar; dat hoort de contractwaarde van elk jaar te zijn. Geef ten minste één gemeente een deel van de rest.";
        return fouten;
    }

    /// <summary>Every gemeente's share per year. Call only for a verdeling that <see cref="Controleer"/> accepted.</summary>
    public IReadOnlyList<Aandeel> Bereken()
    {
        var bedragen = Sleutel.Select(_ => new long[Jaren.Count]).ToList();
        var afronding = Sleutel.Select(_ => new long[Jaren.Count]).ToList();
        for (var j = 0; j < Jaren.Count; j++)
        {
            var rest = Contractwaarde[j] - Sleutel.Sum(r => r.VastPerJaar ?? 0);
            var restjes = new List<(int Index, BigInteger Overschot, long Noemer)>();
            for (var i = 0; i < Sleutel.Count; i++)
            {
                if (Sleutel[i].Fractie is not { } f)
                {
                    bedragen[i][j] = Sleutel[i].VastPerJaar!.Value;
                    continue;
                }
                var exact = BigInteger.DivRem((BigInteger)rest * f.Teller, f.Noemer);
                bedragen[i][j] = (long)exact.Quotient;
                restjes.Add((i, exact.Remainder, f.Noemer));
            }
            var over = Contractwaarde[j] - bedragen.Sum(b => b[j]);
            // Largest remainder first; compare a/n with b/m as a*m against b*n, exactly. OrderBy is stable, so ties keep the key's order.
            foreach (var (index, _, _) in restjes.OrderByDescending(r => r, Comparer<(int Index, BigInteger Overschot, long Noemer)>.Create(
                (a, b) => (a.Overschot * b.Noemer).CompareTo(b.Overschot * a.Noemer))).Take((int)over))
            {
                bedragen[index][j]++;
                afronding[index][j] = 1;
            }
        }
        return Sleutel.Select((r, i) => new Aandeel(r.Gemeente, bedragen[i], afronding[i])).ToList();
    }
}
