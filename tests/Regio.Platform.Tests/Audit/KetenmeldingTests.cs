using Regio.Domain.Trajecten;
using Regio.Platform.Aanbieders;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Platform.Tests.Audit;

public class KetenmeldingTests
{
    [Fact]
    public void A_perceel_chain_is_named_by_its_traject_and_perceel()
    {
        var traject = new TrajectId("zk-2026-01");

        Assert.Equal(
            ["Aanmeldingen voor traject zk-2026-01, perceel 2", "Inschrijvingen en beoordelingen voor traject zk-2026-01, perceel 2"],
            [Ketenmelding.Naam(Names.AanmeldingenTable, AanmeldingRijen.PartitionKey(traject, 2)), Ketenmelding.Naam(Names.InschrijvingenTable, InschrijvingRijen.Partitie(traject, 2))]);
    }

    [Fact]
    public void A_chain_of_an_unknown_kind_is_still_named_by_where_it_is_stored()
    {
        Assert.Equal("Tabel budgetten, partitie regio|zk-ijmond", Ketenmelding.Naam(Names.BudgettenTable, "regio|zk-ijmond"));
    }
}
