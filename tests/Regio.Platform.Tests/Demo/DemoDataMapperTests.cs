using System.Text.Json;
using Regio.Platform.Demo;

namespace Regio.Platform.Tests.Demo;

public class DemoDataMapperTests
{
    private static DemoBudget Budget(string posten, string totaal) => new(
        [2021, 2022],
        JsonDocument.Parse(posten).RootElement,
        JsonSerializer.Deserialize<List<long>>(totaal)!,
        "test.txt");

    [Fact]
    public void Budget_whose_posts_do_not_add_up_to_the_documented_total_is_refused()
    {
        var budget = new DemoGemeenteBudget("k EUR", Budget("""{"A": [10, 20], "B": [-1, -2]}""", "[9, 17]"), null);

        var fout = Assert.Throws<InvalidDataException>(() => DemoDataMapper.ToBudgetten("haarlem", budget).ToList());

        Assert.Contains("het document noemt 9, 17 k€", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Budget_in_an_unknown_unit_is_refused() =>
        Assert.Throws<InvalidDataException>(() => DemoDataMapper.ToBudgetten("haarlem", new DemoGemeenteBudget("EUR", null, null)).ToList());

    [Fact]
    public void Traject_with_an_unknown_owner_is_refused() =>
        Assert.Throws<InvalidDataException>(() => DemoDataMapper.ToTraject(new DemoTraject("x", "X", "provincie:nh", null, null, null, null, null, null)));

    [Fact]
    public void Expected_milestones_are_not_taken_as_phase_transitions()
    {
        var traject = DemoDataMapper.ToTraject(new DemoTraject("x", "X", "gemeente:haarlem", null, null, null,
            [new DemoMijlpaal(new DateOnly(2022, 5, 31), "Start dialoogfase (verwacht)")], null, null));

        Assert.Empty(traject.Percelen.Single().Overgangen);
        Assert.Single(traject.Mijlpalen);
    }
}
