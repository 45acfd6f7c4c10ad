namespace Regio.Domain.Trajecten;

/// <summary>
/// The terms of the contract a traject will close: its term in years, the contract years in which it is evaluated
/// (e.g. 3 and 6, with a go/no-go for the years after), and how it pays. With <paramref name="ReeleTarieven"/> the
/// gemeente sets fair rates itself (AMvB reële tarieven), so price is no award criterion.
/// </summary>
public sealed record Contractvoorwaarden(
    int LooptijdJaren, IReadOnlyList<int> Evaluatiemomenten, Bekostiging Bekostiging, bool ReeleTarieven = false)
{
    /// <summary>
    /// Longer than nine years is beyond what the regio's inkoopbeleid allows for a sociaal-domein contract;
    /// the limit is the policy's, not the law's.
    /// </summary>
    public const int MaximaleLooptijdJaren = 9;

    /// <summary>What is wrong, per field (names as the API spells them), in Dutch; empty when the terms hold.</summary>
    public IReadOnlyDictionary<string, string> Controleer()
    {
        var fouten = new Dictionary<string, string>();
        if (LooptijdJaren is < 1 or > MaximaleLooptijdJaren)
        {
            fouten["contract.looptijdJaren"] = $"De looptijd is minimaal 1 en maximaal {MaximaleLooptijdJaren} jaar, inclusief verlengingen.";
        }
        var buiten = (Evaluatiemomenten ?? []).Where(j => j < 1 || j > LooptijdJaren).ToList();
        if (buiten.Count > 0)
        {
            fouten["contract.evaluatiemomenten"] = $"Evaluatiemomenten zijn contractjaren binnen de looptijd (1 tot en met {LooptijdJaren}); buiten de looptijd: {string.Join(", ", buiten)}.";
        }
        else if ((Evaluatiemomenten ?? []).Distinct().Count() != (Evaluatiemomenten ?? []).Count)
        {
            fouten["contract.evaluatiemomenten"] = "Noem elk evaluatiejaar één keer.";
        }
        if (!Enum.IsDefined(Bekostiging))
        {
            fouten["contract.bekostiging"] = $"Kies de bekostiging: {string.Join(", ", Enum.GetNames<Bekostiging>())}.";
        }
        return fouten;
    }
}
