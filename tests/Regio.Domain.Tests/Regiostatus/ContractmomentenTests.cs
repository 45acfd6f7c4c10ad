using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Domain.Regiostatus;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Planning;

namespace Regio.Domain.Tests.Regiostatus;

/// <summary>Contract starts and evaluations on the status: only those in the coming 90 days, from the planning as moved.</summary>
public class ContractmomentenTests
{
    private static readonly DateTimeOffset Wanneer = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static Traject Met(DateOnly start, DateOnly? eerstGepland = null)
    {
        var mijlpaal = new GeplandeMijlpaal(new MijlpaalId(1), MijlpaalSoort.ContractStart, "Start contract (demo)", start, "test", Wanneer);
        if (eerstGepland is { } eerst)
            mijlpaal = mijlpaal with { Verschuivingen = [new Verschuiving(eerst, start, "test", Wanneer, "Kort geding (demo)")] };
        return new Traject(new TrajectId("t"), "Test (demo)", new Eigenaar.EenGemeente(new GemeenteId("haarlem")), [], Procedure.Openbaar, null,
            [new Perceel(1, "Noord", []), new Perceel(2, "Zuid", [])], [mijlpaal], Domein.Wmo, new Contractvoorwaarden(9, [3, 6], Bekostiging.Taakgericht));
    }

    [Fact]
    public void A_moved_start_within_90_days_is_shown_per_perceel_with_the_date_first_planned()
    {
        var momenten = Contractmomenten.UitTraject(Met(new DateOnly(2022, 4, 1), new DateOnly(2022, 1, 1)), new DateOnly(2022, 3, 1));

        Assert.Equal([1, 2], momenten.Select(m => m.Perceel));
        Assert.All(momenten, m => Assert.Equal((Contractmomentsoort.Start, new DateOnly(2022, 4, 1), (DateOnly?)new DateOnly(2022, 1, 1)), (m.Soort, m.Datum, m.OorspronkelijkeDatum)));
    }

    [Fact]
    public void The_evaluation_after_contract_year_3_is_due_on_its_anniversary_and_not_91_days_before()
    {
        var traject = Met(new DateOnly(2023, 1, 1));

        var binnen = Contractmomenten.UitTraject(traject, new DateOnly(2025, 10, 3));
        var buiten = Contractmomenten.UitTraject(traject, new DateOnly(2025, 10, 2));

        Assert.Equal([(Contractmomentsoort.Evaluatie, new DateOnly(2026, 1, 1), "Evaluatie na contractjaar 3")], binnen.Where(m => m.Perceel == 1).Select(m => (m.Soort, m.Datum, m.Omschrijving)));
        Assert.Empty(buiten);
    }
}
