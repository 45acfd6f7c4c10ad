using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Platform.Trajecten;
using Regio.Tests;

namespace Regio.Platform.Tests.Trajecten;

public class TrajectDossierTests(AzuriteFixture azurite) : TrajectTestBasis(azurite)
{
    [Fact]
    public async Task Inkoper_records_the_announcement_and_can_then_announce_the_perceel()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord"), Ct));

        var vastgelegd = Gelukt(await Dossier.SaveAsync(anna, versie.Traject.Id, 1, new Feit.AankondigingGepubliceerd(versie.Peildatum), versie.Versie, Ct));
        var aangekondigd = Gelukt(await Fasewijziging.ChangeAsync(anna, versie.Traject.Id, 1, Fase.Aangekondigd, vastgelegd.Versie, Ct));

        Assert.Equal(versie.Peildatum, aangekondigd.Traject.Percelen[0].Dossier.AankondigingGepubliceerd);
        Assert.Equal(Fase.Aangekondigd, aangekondigd.Traject.Percelen[0].FaseOp(versie.Peildatum));
    }

    [Fact]
    public async Task A_recorded_fact_is_not_overwritten_and_the_refusal_changes_nothing()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord"), Ct));
        var eerste = Gelukt(await Dossier.SaveAsync(anna, versie.Traject.Id, 1, new Feit.AankondigingGepubliceerd(versie.Peildatum.AddDays(-3)), versie.Versie, Ct));

        var tweede = await Dossier.SaveAsync(anna, versie.Traject.Id, 1, new Feit.AankondigingGepubliceerd(versie.Peildatum), eerste.Versie, Ct);

        Assert.Equal("AlVastgelegd", Assert.IsType<Uitkomst<TrajectVersie>.Conflict>(tweede).Code);
        var gelezen = (await Storage.Trajecten.GetAsync(versie.Traject.Id, Ct))!.Value;
        Assert.Equal((eerste.Versie, versie.Peildatum.AddDays(-3)), (gelezen.Versie, gelezen.Traject.Percelen[0].Dossier.AankondigingGepubliceerd));
    }

    [Fact]
    public async Task A_fact_dated_tomorrow_is_refused_but_a_deadline_may_lie_ahead()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord"), Ct));
        var morgen = versie.Peildatum.AddDays(1);

        var aankondiging = await Dossier.SaveAsync(anna, versie.Traject.Id, 1, new Feit.AankondigingGepubliceerd(morgen), versie.Versie, Ct);
        var termijn = await Dossier.SaveAsync(anna, versie.Traject.Id, 1, new Feit.Inschrijvingstermijn(morgen.AddDays(30)), versie.Versie, Ct);

        Assert.Equal("DatumInDeToekomst", Assert.IsType<Uitkomst<TrajectVersie>.Conflict>(aankondiging).Code);
        Assert.Equal(morgen.AddDays(30), Gelukt(termijn).Traject.Percelen[0].Dossier.InschrijvingstermijnSluit);
    }

    [Fact]
    public async Task A_colleague_of_another_gemeente_cannot_record_facts_in_Haarlems_unpublished_traject()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord"), Ct));

        var uitkomst = await Dossier.SaveAsync(await Als("velsen-inkoper"), versie.Traject.Id, 1, new Feit.AankondigingGepubliceerd(versie.Peildatum), versie.Versie, Ct);

        Assert.IsType<Uitkomst<TrajectVersie>.NietGevonden>(uitkomst);
        Assert.Equal(versie.Versie, (await Storage.Trajecten.GetAsync(versie.Traject.Id, Ct))!.Value.Versie);
    }

    [Fact]
    public async Task A_kort_geding_runs_until_its_ruling_is_recorded()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord"), Ct));
        var dag = versie.Peildatum;

        var ingediend = Gelukt(await Dossier.SaveAsync(anna, versie.Traject.Id, 1,
            new Feit.BezwaarIngediend(dag.AddDays(-10), BezwaarSoort.KortGeding, "Kort geding tegen de voorlopige gunning (demo)"), versie.Versie, Ct));
        Assert.True(Poorten.BezwaarLoopt(ingediend.Traject.Percelen[0].Dossier, dag));
        var uitspraak = Gelukt(await Dossier.SaveAsync(anna, versie.Traject.Id, 1,
            new Feit.UitspraakBezwaar(dag, 1, "Alle vorderingen afgewezen"), ingediend.Versie, Ct));

        Assert.False(Poorten.BezwaarLoopt(uitspraak.Traject.Percelen[0].Dossier, dag));
        Assert.Equal("Alle vorderingen afgewezen", uitspraak.Traject.Percelen[0].Dossier.Bezwaren[0].Uitkomst);
    }
}
