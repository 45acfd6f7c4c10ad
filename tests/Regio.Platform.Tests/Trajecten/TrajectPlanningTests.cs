using Regio.Domain.Trajecten.Planning;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Trajecten;
using Regio.Tests;

namespace Regio.Platform.Tests.Trajecten;

public class TrajectPlanningTests(AzuriteFixture azurite) : TrajectTestBasis(azurite)
{
    [Fact]
    public async Task Moving_the_contract_start_records_who_when_and_why_and_keeps_the_first_date()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord"), Ct));
        var gepland = Gelukt(await Planning.PlanAsync(anna, versie.Traject.Id, MijlpaalSoort.ContractStart, "Start contract (demo)", new DateOnly(2027, 1, 1), versie.Versie, Ct));

        var verschoven = Gelukt(await Planning.MoveAsync(anna, versie.Traject.Id, new MijlpaalId(1), new DateOnly(2027, 4, 1), "Kort geding aanhangig (demo)", gepland.Versie, Ct));

        var mijlpaal = Assert.Single(verschoven.Traject.Mijlpalen);
        Assert.Equal((new DateOnly(2027, 4, 1), new DateOnly(2027, 1, 1)), (mijlpaal.GeplandeDatum, mijlpaal.OorspronkelijkeDatum));
        var verschuiving = Assert.Single(mijlpaal.Verschuivingen);
        Assert.Equal((anna.Naam, Storage.Time.GetUtcNow(), "Kort geding aanhangig (demo)"), (verschuiving.Wie, verschuiving.Wanneer, verschuiving.Reden));
        var laatste = (await AuditLog.ReadPartitionAsync(Storage.Clients.Table(Names.TrajectenTable), "gemeente|haarlem", Ct))[^1];
        Assert.Equal("Mijlpaal verschoven: Start contract (demo)", laatste.Actie);
    }

    [Fact]
    public async Task Moving_without_a_reason_is_refused_on_the_reason_field()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord"), Ct));
        var gepland = Gelukt(await Planning.PlanAsync(anna, versie.Traject.Id, MijlpaalSoort.Aankondiging, "Aankondiging (demo)", new DateOnly(2027, 1, 1), versie.Versie, Ct));

        var uitkomst = await Planning.MoveAsync(anna, versie.Traject.Id, new MijlpaalId(1), new DateOnly(2027, 2, 1), "  ", gepland.Versie, Ct);

        Assert.True(Assert.IsType<Uitkomst<TrajectVersie>.Ongeldig>(uitkomst).Fouten.ContainsKey("reden"));
    }

    [Fact]
    public async Task Concurrent_planners_who_reread_on_conflict_lose_no_milestone_and_the_chain_stays_whole()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord"), Ct));
        const int Aantal = 8;

        var pogingen = await Task.WhenAll(Enumerable.Range(1, Aantal).Select(i => PlanTotGeluktAsync(anna, versie.Traject.Id, i)));

        var gelezen = (await Storage.Trajecten.GetAsync(versie.Traject.Id, Ct))!.Value.Traject;
        Assert.Equal(Enumerable.Range(1, Aantal).Select(i => $"Mijlpaal {i} (demo)").Order(), gelezen.Mijlpalen.Select(m => m.Omschrijving).Order());
        Assert.Equal(Enumerable.Range(1, Aantal), gelezen.Mijlpalen.Select(m => m.Id.Value).Order());
        Assert.True(pogingen.Sum() > Aantal, "Geen enkele schrijver kreeg een conflict; de test bewijst dan niets over gelijktijdigheid.");
        var table = Storage.Clients.Table(Names.TrajectenTable);
        Assert.Null(await AuditControle.VerifyPartitionAsync(table, "gemeente|haarlem", Ct));
        Assert.Equal(Aantal, (await AuditLog.ReadPartitionAsync(table, "gemeente|haarlem", Ct)).Count(e => e.Actie.StartsWith("Mijlpaal gepland", StringComparison.Ordinal)));
    }

    /// <summary>What a careful client does: read, change, and on a stale ETag read again. Returns the number of attempts.</summary>
    private async Task<int> PlanTotGeluktAsync(Regio.Platform.Toegang.Actor actor, Domain.Trajecten.TrajectId id, int i)
    {
        for (var poging = 1; ; poging++)
        {
            var gelezen = Gelukt(await TrajectBekijken.GetAsync(actor, id, Ct));
            var uitkomst = await Planning.PlanAsync(actor, id, MijlpaalSoort.Overig, $"Mijlpaal {i} (demo)", new DateOnly(2027, 1, i), gelezen.Versie, Ct);
            if (uitkomst is Uitkomst<TrajectVersie>.Gelukt)
            {
                return poging;
            }
            Assert.IsType<Uitkomst<TrajectVersie>.Conflict>(uitkomst);
        }
    }
}
