using Azure.Data.Tables;
using Regio.Domain.Contracten;
using Regio.Domain.Signalen;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Audit;
using Regio.Platform.Contracten;
using Regio.Platform.Storage;
using Regio.Tests;

namespace Regio.Platform.Tests.Signalen;

/// <summary>Which organisations get which signal from the demo region, and that running again changes nothing.</summary>
public class SignalJobTests(AzuriteFixture azurite) : SignaalTestBasis(azurite)
{
    private static readonly DateTimeOffset Donderdag26Mei2022 = new(2022, 5, 26, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task In_the_week_before_31_May_2022_each_owner_gets_its_own_milestone_due_that_day()
    {
        Storage.Time.SetUtcNow(Donderdag26Mei2022);

        var uitkomst = await DraaiAsync();

        Assert.Equal(
            [
                ("haarlem", Signaalsoort.MijlpaalNadert, "Mijlpaal ‘Gunning verwacht in mei’ van Gewoon in de Wijk staat gepland op dinsdag 31 mei 2022."),
                ("zk-ijmond", Signaalsoort.MijlpaalNadert, "Mijlpaal ‘Einde dialoogfase beide percelen (eind mei)’ van Regionale verwerving jeugdhulp staat gepland op dinsdag 31 mei 2022."),
            ],
            (await OpgeslagenAsync()).Order());
        Assert.Equal("2 nieuwe signalen voor 2 organisaties; 0 waren er al.", uitkomst.Samenvatting);
        Assert.Contains("Gemeente Haarlem: Mijlpaal ‘Gunning verwacht in mei’ van Gewoon in de Wijk staat gepland op dinsdag 31 mei 2022.", uitkomst.Bijzonderheden);
    }

    [Fact]
    public async Task A_second_run_changes_no_row_and_says_that_all_signals_were_there()
    {
        Storage.Time.SetUtcNow(Donderdag26Mei2022);
        await DraaiAsync();
        var eerst = await ETagsAsync();

        Storage.Time.Advance(TimeSpan.FromHours(1));
        var tweede = await Job.RunAsync(Ct);

        Assert.Equal(eerst, await ETagsAsync());
        Assert.Equal("Geen nieuwe signalen; 2 waren er al.", tweede.Samenvatting);
    }

    [Fact]
    public async Task An_ending_standstill_reaches_the_owner_and_the_inschrijvers_whose_offer_counts_but_not_one_that_withdrew()
    {
        var ho = new TrajectId("huishoudelijke-ondersteuning-2022");
        await Als("haarlem-inkoper");
        await SchrijfInschrijvingAsync(ho, 1, "aanbieder|demo-jeugdzorg-kennemerland", ingetrokken: false);
        await SchrijfInschrijvingAsync(ho, 1, "aanbieder|demo-thuishulp-ijmond", ingetrokken: true);

        await DraaiAsync();

        const string Titel = "De standstill van perceel 1 van Huishoudelijke ondersteuning eindigt op woensdag 5 januari 2022; daarna kan de definitieve gunning volgen.";
        Assert.Equal(["demo-jeugdzorg-kennemerland", "haarlem"],
            (await OpgeslagenAsync()).Where(s => s.Soort == Signaalsoort.StandstillEindigt && s.Titel == Titel).Select(s => s.Organisatie).Order());
    }

    [Fact]
    public async Task A_deadline_within_48_hours_reaches_the_owner_and_the_aanbieders_registered_for_that_perceel_only()
    {
        Storage.Time.SetUtcNow(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        Gelukt(await Alleen.RegisterAsync(await Als("thuishulp-medewerker"), Jeugdhulp, Perceel, Uea, Ct));
        await RichtOpAsync(await Als("duinstreek-medewerker"));
        var sluiting = Storage.Time.GetUtcNow().AddHours(47);
        await Inschrijvingen.SaveMomentAsync(Jeugdhulp, Perceel, new Indienmoment(Momentsoort.Inschrijving, ["Offerte"], sluiting), null, Audit("Indienmoment vastgesteld"), Ct);

        await DraaiAsync();

        const string Titel = "De inschrijftermijn van perceel 2 van Regionale verwerving jeugdhulp sluit op woensdag 25 november 2026 om 09:00.";
        Assert.Equal(["demo-thuishulp-ijmond", "demo-welzijn-duinstreek", "zk-ijmond"],
            (await OpgeslagenAsync()).Where(s => s.Soort == Signaalsoort.TermijnSluit && s.Titel == Titel).Select(s => s.Organisatie).Order());
    }

    [Fact]
    public async Task An_evaluation_within_90_days_reaches_both_contract_parties_and_a_planned_one_reaches_the_owner()
    {
        Storage.Time.SetUtcNow(new DateTimeOffset(2025, 11, 1, 9, 0, 0, TimeSpan.Zero));
        await Als("haarlem-inkoper");
        var contract = new Contract("gewoon-in-de-wijk.1.aanbieder.demo-welzijn-duinstreek", new TrajectId("gewoon-in-de-wijk"), "Gewoon in de Wijk", 1, "Gewoon in de Wijk",
            new Opdrachtgever("haarlem", "Gemeente Haarlem", null),
            new Opdrachtnemer("aanbieder|demo-welzijn-duinstreek", "Welzijn Duinstreek (demo)", [new Contractlid("demo-welzijn-duinstreek", "Welzijn Duinstreek (demo)", "90000003")]),
            new DateOnly(2023, 1, 1), 7, [3, 6], Bekostiging.Taakgericht, null, new DateOnly(2022, 10, 1), "test");
        var rij = (TableEntity)ContractStore.Nieuw(contract, new Eigenaar.EenGemeente(new("haarlem")), ["haarlem"]).Entity;
        await Storage.Clients.Table(Names.TrajectenTable).AddEntityAsync(rij, Ct);

        await DraaiAsync();

        var evaluaties = (await OpgeslagenAsync()).Where(s => s.Soort == Signaalsoort.Evaluatie).Select(s => (s.Organisatie, s.Titel)).Order().ToList();
        const string Contracttitel = "Evaluatie na contractjaar 3 van het contract met Welzijn Duinstreek (demo) voor perceel 1 van Gewoon in de Wijk op donderdag 1 januari 2026.";
        Assert.Equal(
            [
                ("demo-welzijn-duinstreek", Contracttitel),
                ("haarlem", Contracttitel),
                ("zk-ijmond", "Evaluatie na contractjaar 3 van perceel 1 van Regionale verwerving jeugdhulp staat gepland op donderdag 1 januari 2026."),
                ("zk-ijmond", "Evaluatie na contractjaar 3 van perceel 2 van Regionale verwerving jeugdhulp staat gepland op donderdag 1 januari 2026."),
            ],
            evaluaties);
    }

    private async Task SchrijfInschrijvingAsync(TrajectId traject, int perceel, string inschrijver, bool ingetrokken)
    {
        var nu = Storage.Time.GetUtcNow();
        List<Indiening> versies = [new(1, Guid.NewGuid().ToString("N"), nu, "test", [])];
        if (ingetrokken)
        {
            versies.Add(new(2, Guid.NewGuid().ToString("N"), nu, "test", [], Ingetrokken: true));
        }
        Assert.True(await Inschrijvingen.SaveAsync(traject, perceel, Momentsoort.Inschrijving, new Inschrijving(inschrijver, inschrijver, versies), null, Audit("Inschrijving (test)"), Ct),
            $"De inschrijving van {inschrijver} is niet geschreven");
    }

    private AuditEvent Audit(string actie) => new(Storage.Time.GetUtcNow(), "test", actie, "test", null, null);
}
