using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Gunningen;

namespace Regio.Domain.Tests.Trajecten.Gunningen;

public class BezwaarregelsTests
{
    private static readonly DateOnly Verzonden = new(2021, 12, 16);

    private static Gunningsbesluit Besluit() => Gunningsregels.Verzend(
        new Gunningsbesluit(1, ["aanbieder|a"], null, null, "i", DateTimeOffset.UnixEpoch), "v", DateTimeOffset.UnixEpoch, Verzonden, "i", "Inkoper");

    private static Dossier Toegestaan(GunningUitkomst<Dossier> u) => Assert.IsType<GunningUitkomst<Dossier>.Toegestaan>(u).Waarde;

    private static GunningWeigering Geweigerd(GunningUitkomst<Dossier> u) => Assert.IsType<GunningUitkomst<Dossier>.Geweigerd>(u).Weigering;

    [Fact]
    public void Huishoudelijke_ondersteuning_an_aanvullende_motivering_then_a_kort_geding_hold_the_award_until_the_ruling()
    {
        var dossier = Dossier.Leeg with { Gunningsbeslissing = new Gunningsbeslissing(Verzonden, "Gunning aan zeven aanbieders") };
        dossier = Toegestaan(Bezwaarregels.DienIn(dossier, Besluit(), "aanbieder|b", "B (demo)", BezwaarSoort.AanvullendeMotivering, "Graag uitleg bij K1.", new DateOnly(2021, 12, 20)));
        Assert.True(Poorten.BezwaarLoopt(dossier, new DateOnly(2021, 12, 21)));
        dossier = Toegestaan(Bezwaarregels.Werk(dossier, 1, new Bezwaarwijziging(new DateOnly(2021, 12, 22), "Toegelicht in een gesprek."), "Inkoper", new DateOnly(2021, 12, 22)));
        Assert.False(Poorten.BezwaarLoopt(dossier, new DateOnly(2021, 12, 22)));

        dossier = Toegestaan(Bezwaarregels.DienIn(dossier, Besluit(), "aanbieder|b", "B (demo)", BezwaarSoort.KortGeding, "Wij dagvaarden.", new DateOnly(2022, 1, 4)));
        dossier = Toegestaan(Bezwaarregels.Werk(dossier, 2, new Bezwaarwijziging(Dagvaarding: new DateOnly(2022, 1, 5), Zitting: new DateOnly(2022, 2, 14)), "Inkoper", new DateOnly(2022, 1, 6)));
        Assert.IsType<Weigering.BezwaarLoopt>(Poorten.Controleer(Procedure.Dialooggericht, Fase.VoorlopigeGunning, Fase.DefinitieveGunning, dossier, new DateOnly(2022, 2, 13)));
        dossier = Toegestaan(Bezwaarregels.Werk(dossier, 2, new Bezwaarwijziging(UitspraakDatum: new DateOnly(2022, 2, 14), Uitkomst: "Alle vorderingen afgewezen."), "Inkoper", new DateOnly(2022, 2, 14)));
        Assert.Null(Poorten.Controleer(Procedure.Dialooggericht, Fase.VoorlopigeGunning, Fase.DefinitieveGunning, dossier, new DateOnly(2022, 2, 14)));
        var kortGeding = dossier.Bezwaren[1];
        Assert.Equal(("aanbieder|b", "Wij dagvaarden.", "Kort geding"), (kortGeding.Indiener, kortGeding.Toelichting, kortGeding.Omschrijving));
    }

    [Fact]
    public void Asking_after_the_standstill_ended_or_before_sending_is_refused()
    {
        Assert.IsType<GunningWeigering.StandstillVerstreken>(Geweigerd(Bezwaarregels.DienIn(Dossier.Leeg, Besluit(), "aanbieder|b", "B", BezwaarSoort.KortGeding, "x", new DateOnly(2022, 1, 6))));
        Assert.IsType<GunningWeigering.NogNietVerzonden>(Geweigerd(Bezwaarregels.DienIn(Dossier.Leeg, Besluit() with { Verzonden = null }, "aanbieder|b", "B", BezwaarSoort.KortGeding, "x", Verzonden)));
        Assert.NotNull(Toegestaan(Bezwaarregels.DienIn(Dossier.Leeg, Besluit(), "aanbieder|b", "B", BezwaarSoort.KortGeding, "x", new DateOnly(2022, 1, 5))));
    }

    [Fact]
    public void A_ruling_is_not_overwritten_and_court_dates_belong_to_a_kort_geding()
    {
        var dossier = Toegestaan(Bezwaarregels.DienIn(Dossier.Leeg, Besluit(), "aanbieder|b", "B", BezwaarSoort.AanvullendeMotivering, "x", Verzonden));
        Assert.IsType<GunningWeigering.AlleenKortGeding>(Geweigerd(Bezwaarregels.Werk(dossier, 1, new Bezwaarwijziging(Zitting: Verzonden), "I", Verzonden)));
        Assert.IsType<GunningWeigering.OnbekendBezwaar>(Geweigerd(Bezwaarregels.Werk(dossier, 2, new Bezwaarwijziging(Zitting: Verzonden), "I", Verzonden)));
        Assert.IsType<GunningWeigering.GeenWijziging>(Geweigerd(Bezwaarregels.Werk(dossier, 1, new Bezwaarwijziging(), "I", Verzonden)));
        var beantwoord = Toegestaan(Bezwaarregels.Werk(dossier, 1, new Bezwaarwijziging(Verzonden, "Uitleg"), "I", Verzonden));
        Assert.IsType<GunningWeigering.AlVastgelegd>(Geweigerd(Bezwaarregels.Werk(beantwoord, 1, new Bezwaarwijziging(Verzonden, "Andere uitleg"), "I", Verzonden)));
        Assert.IsType<GunningWeigering.DatumOngeldig>(Geweigerd(Bezwaarregels.Werk(dossier, 1, new Bezwaarwijziging(Verzonden.AddDays(1), "Uitleg"), "I", Verzonden)));
    }
}
