using FsCheck;
using FsCheck.Fluent;
using Regio.Domain.Budgetten;
using Regio.Domain.Regios;

namespace Regio.Domain.Tests.Budgetten;

public class VerdelingTests
{
    private static readonly GemeenteId[] Zeven =
        new[] { "haarlem", "zandvoort", "bloemendaal", "heemstede", "velsen", "beverwijk", "heemskerk" }.Select(g => new GemeenteId(g)).ToArray();

    [Fact]
    public void Seven_equal_shares_add_up_to_the_contract_value_and_the_rounding_euros_are_visible()
    {
        var verdeling = new Verdeling([2023, 2024], [1_000_000, 1_000_003], Zeven.Select(g => new Sleutelregel(g, new Breuk(1, 7), null)).ToList());

        Assert.Empty(verdeling.Controleer(Zeven));
        var aandelen = verdeling.Bereken();

        Assert.Equal([1_000_000L, 1_000_003L], [aandelen.Sum(a => a.Bedragen[0]), aandelen.Sum(a => a.Bedragen[1])]);
        // 1.000.000 / 7 = 142.857,14...: one euro is left, and in a tie it goes to the first in the key; in 2024 four are left.
        Assert.Equal([142_858L, 142_857, 142_857, 142_857, 142_857, 142_857, 142_857], aandelen.Select(a => a.Bedragen[0]));
        Assert.Equal([1L, 4L], [aandelen.Sum(a => a.Afronding[0]), aandelen.Sum(a => a.Afronding[1])]);
    }

    [Fact]
    public void Fixed_amounts_come_off_first_and_the_fractions_divide_the_rest()
    {
        var sleutel = new List<Sleutelregel> { new(Zeven[0], null, 400_000), new(Zeven[1], new Breuk(1, 4), null), new(Zeven[2], new Breuk(3, 4), null) };

        var aandelen = new Verdeling([2023], [1_000_000], sleutel).Bereken();

        Assert.Equal([400_000L, 150_000L, 450_000L], aandelen.Select(a => a.Bedragen[0]));
    }

    [Fact]
    public void Fractions_that_do_not_add_up_to_one_are_refused()
    {
        var sleutel = Zeven.Take(2).Select(g => new Sleutelregel(g, new Breuk(1, 3), null)).ToList();

        var fouten = new Verdeling([2023], [900], sleutel).Controleer(Zeven.Take(2).ToList());

        Assert.Equal("De delen tellen op tot 2/3 (66,6667%); samen horen ze precies 1 (100%) te zijn.", fouten["aandelen"]);
    }

    [Fact]
    public void Every_participant_needs_exactly_one_share()
    {
        var fouten = new Verdeling([2023], [900], [new Sleutelregel(Zeven[0], Breuk.Een, null)]).Controleer(Zeven.Take(2).ToList());

        Assert.True(fouten.ContainsKey("aandelen.zandvoort"), string.Join(" | ", fouten));
    }

    [Fact]
    public void Percentages_and_fractions_are_read_exactly()
    {
        Assert.True(Breuk.TryLees("14,5%", out var procent));
        Assert.Equal(new Breuk(29, 200), procent);
        Assert.True(Breuk.TryLees("2/14", out var breuk));
        Assert.Equal(new Breuk(1, 7), breuk);
        Assert.False(Breuk.TryLees("0,145", out _));
    }

    [FsCheck.Xunit.Property]
    public Property Shares_always_add_up_to_the_contract_value_to_the_euro(PositiveInt[] gewichten, NonNegativeInt waarde)
    {
        var delen = gewichten.Take(7).Select(g => (long)g.Get).ToList();
        if (delen.Count == 0)
            return true.ToProperty();
        var som = delen.Sum();
        var sleutel = delen.Select((d, i) => new Sleutelregel(Zeven[i], new Breuk(d, som), null)).ToList();
        var verdeling = new Verdeling([2023], [waarde.Get], sleutel);
        var aandelen = verdeling.Bereken();
        return (verdeling.Controleer(Zeven.Take(delen.Count).ToList()).Count == 0
            && aandelen.Sum(a => a.Bedragen[0]) == waarde.Get
            && aandelen.All(a => a.Afronding[0] is 0 or 1)).ToProperty();
    }
}
