using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Toelatingen;
using Regio.Platform.Aanbieders;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;
using Regio.Platform.Trajecten.Toelatingen;
using Regio.Tests;

namespace Regio.Platform.Tests.Trajecten.Toelatingen;

public class ToelatingTests(AzuriteFixture azurite) : TrajectTestBasis(azurite)
{
    private static readonly EisAntwoord[] Antwoorden = [new("Kwaliteitskeurmerk", "Wij hebben een geldig HKZ-certificaat (demo).")];

    private ToelatingStore Store => new(Storage.Clients);

    private Inschrijvers Inschrijvers => new(new AanmeldingStore(Storage.Clients));

    private ToelatingPoort Poort => new(Storage.TrajectPoort);

    private ToelatingenBekijken Bekijken => new(Storage.TrajectPoort, Store, Inschrijvers);

    private Toelatingsaanvraag Aanvragen => new(Poort, Store, Inschrijvers, Storage.Time);

    private Aanvraagwijziging Wijziging => new(Poort, Storage.Trajecten, Store, Storage.Time);

    private ToelatingBeslissen Beslissen => new(Wijziging, Storage.Time);

    private OvereenkomstVastleggen Vastleggen => new(Wijziging, Storage.Time);

    /// <summary>A published open house of Haarlem (an OpenHouse traject exists only in tests) with two announced percelen.</summary>
    private async Task<(Actor Anna, TrajectId Id)> OpenHouseAsync()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("hulpmiddelen-2027", "Rolstoelen", "Scootmobielen") with { Procedure = Procedure.OpenHouse }, Ct));
        foreach (var perceel in new[] { 1, 2 })
        {
            versie = Gelukt(await Dossier.SaveAsync(anna, versie.Traject.Id, perceel, new Feit.AankondigingGepubliceerd(versie.Peildatum), versie.Versie, Ct));
            versie = Gelukt(await Fasewijziging.ChangeAsync(anna, versie.Traject.Id, perceel, Fase.Aangekondigd, versie.Versie, Ct));
        }
        return (anna, versie.Traject.Id);
    }

    [Fact]
    public async Task A_refused_aanbieder_applies_again_is_admitted_and_with_a_signed_contract_the_perceel_becomes_contracted()
    {
        var (anna, id) = await OpenHouseAsync();
        var petra = await Als("jeugdzorg-tekenbevoegde");

        var eerste = Gelukt(await Aanvragen.ApplyAsync(petra, id, 1, Antwoorden, Ct));
        var afgewezen = Gelukt(await Beslissen.DecideAsync(anna, id, 1, eerste.Aanvraag.Nummer, false, "Het certificaat is verlopen.", eerste.Versie, Ct));
        var tweede = Gelukt(await Aanvragen.ApplyAsync(petra, id, 1, Antwoorden, Ct));
        var toegelaten = Gelukt(await Beslissen.DecideAsync(anna, id, 1, tweede.Aanvraag.Nummer, true, "Voldoet aan alle eisen.", tweede.Versie, Ct));

        Assert.Equal("Het certificaat is verlopen.", afgewezen.Aanvraag.Besluit!.Motivering);
        Assert.Equal(2, tweede.Aanvraag.Nummer);
        var zonderContract = (await Storage.Trajecten.GetAsync(id, Ct))!.Value;
        Assert.Equal([new Toelating("Jeugdzorg Kennemerland B.V. (demo)", toegelaten.Aanvraag.Besluit!.Datum, null)], zonderContract.Traject.Percelen[0].Dossier.Toelatingen);
        Assert.Equal("GeenGecontracteerdeAanbieder",
            Assert.IsType<Uitkomst<TrajectVersie>.Conflict>(await Fasewijziging.ChangeAsync(anna, id, 1, Fase.Gecontracteerd, zonderContract.Versie, Ct)).Code);

        Storage.Time.Advance(TimeSpan.FromDays(3));
        var vandaag = toegelaten.Aanvraag.Besluit!.Datum.AddDays(3);
        Gelukt(await Vastleggen.SaveAsync(anna, id, 1, 2, vandaag, toegelaten.Versie, Ct));
        var metContract = (await Storage.Trajecten.GetAsync(id, Ct))!.Value;
        var gecontracteerd = Gelukt(await Fasewijziging.ChangeAsync(anna, id, 1, Fase.Gecontracteerd, metContract.Versie, Ct));

        Assert.Equal(Fase.Gecontracteerd, gecontracteerd.Traject.Percelen[0].FaseOp(vandaag));
        Assert.Equal(vandaag, Assert.Single(gecontracteerd.Traject.Percelen[0].Dossier.Toelatingen).OvereenkomstGetekend);
    }

    [Fact]
    public async Task The_owner_sees_counts_per_perceel_and_an_aanbieder_only_its_own_aanvragen()
    {
        var (anna, id) = await OpenHouseAsync();
        var petra = await Als("jeugdzorg-tekenbevoegde");
        var quinten = await Als("thuishulp-medewerker");
        var eerste = Gelukt(await Aanvragen.ApplyAsync(petra, id, 1, Antwoorden, Ct));
        Gelukt(await Beslissen.DecideAsync(anna, id, 1, eerste.Aanvraag.Nummer, false, "Niet aangetoond.", eerste.Versie, Ct));
        var tweede = Gelukt(await Aanvragen.ApplyAsync(petra, id, 1, Antwoorden, Ct));
        Gelukt(await Beslissen.DecideAsync(anna, id, 1, tweede.Aanvraag.Nummer, true, "Aangetoond.", tweede.Versie, Ct));
        Gelukt(await Aanvragen.ApplyAsync(quinten, id, 2, Antwoorden, Ct));

        var overzicht = Gelukt(await Bekijken.GetAsync(await Als("haarlem-lezer"), id, Ct));
        var eigen = Gelukt(await Bekijken.GetAsync(quinten, id, Ct));

        Assert.Equal([new Toelatingstelling(1, 2, 1, 1, 0), new Toelatingstelling(2, 1, 0, 0, 1)], overzicht.Tellingen);
        Assert.False(overzicht.MagBeslissen);
        Assert.Equal("aanbieder|demo-thuishulp-ijmond", Assert.Single(eigen.Aanvragen).Aanvraag.Aanvrager);
        Assert.Empty(eigen.Tellingen);
    }

    [Fact]
    public async Task A_second_pending_aanvraag_a_second_decision_and_a_stale_etag_are_refused_and_change_nothing()
    {
        var (anna, id) = await OpenHouseAsync();
        var petra = await Als("jeugdzorg-tekenbevoegde");
        var aanvraag = Gelukt(await Aanvragen.ApplyAsync(petra, id, 1, Antwoorden, Ct));

        Assert.Equal("LopendeAanvraag", Assert.IsType<Uitkomst<AanvraagVersie>.Conflict>(await Aanvragen.ApplyAsync(petra, id, 1, Antwoorden, Ct)).Code);
        Assert.IsType<Uitkomst<AanvraagVersie>.Geweigerd>(await Beslissen.DecideAsync(petra, id, 1, 1, true, "Zelf toegelaten", aanvraag.Versie, Ct));
        var besloten = Gelukt(await Beslissen.DecideAsync(anna, id, 1, 1, true, "Voldoet.", aanvraag.Versie, Ct));
        Assert.Equal("AlBesloten", Assert.IsType<Uitkomst<AanvraagVersie>.Conflict>(await Beslissen.DecideAsync(anna, id, 1, 1, false, "Toch niet.", besloten.Versie, Ct)).Code);
        var verouderd = await Vastleggen.SaveAsync(anna, id, 1, 1, besloten.Aanvraag.Besluit!.Datum, aanvraag.Versie, Ct);
        Assert.True(Assert.IsType<Uitkomst<AanvraagVersie>.Conflict>(verouderd).Verouderd);
        Assert.Null((await Storage.Trajecten.GetAsync(id, Ct))!.Value.Traject.Percelen[0].Dossier.Toelatingen[0].OvereenkomstGetekend);
        Assert.IsType<Uitkomst<AanvraagVersie>.NietGevonden>(await Aanvragen.ApplyAsync(petra, new TrajectId("bestaat-niet"), 1, Antwoorden, Ct));
    }
}
