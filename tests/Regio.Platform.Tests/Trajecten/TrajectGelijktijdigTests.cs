using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Platform.Storage;
using Regio.Platform.Tests.Regiostatus;
using Regio.Platform.Trajecten;
using Regio.Tests;

namespace Regio.Platform.Tests.Trajecten;

/// <summary>Two people change one traject at once, each from the version they read: only changes to the same rows conflict.</summary>
public class TrajectGelijktijdigTests(AzuriteFixture azurite) : RegiostatusTestBasis(azurite)
{
    [Fact]
    public async Task Two_changes_to_different_percelen_from_the_same_version_both_succeed_and_both_show_in_the_status()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord", "Zuid"), Ct));
        var dag = versie.Peildatum;
        versie = Gelukt(await Dossier.SaveAsync(anna, versie.Traject.Id, 1, new Feit.AankondigingGepubliceerd(dag), versie.Versie, Ct));
        versie = Gelukt(await Dossier.SaveAsync(anna, versie.Traject.Id, 2, new Feit.AankondigingGepubliceerd(dag), versie.Versie, Ct));

        var uitkomsten = await Task.WhenAll(
            Fasewijziging.ChangeAsync(anna, versie.Traject.Id, 1, Fase.Aangekondigd, versie.Versie, Ct),
            Fasewijziging.ChangeAsync(anna, versie.Traject.Id, 2, Fase.Aangekondigd, versie.Versie, Ct));

        Assert.All(uitkomsten, u => Assert.IsType<Uitkomst<TrajectVersie>.Gelukt>(u));
        var gelezen = (await Storage.Trajecten.GetAsync(versie.Traject.Id, Ct))!.Value.Traject;
        Assert.Equal([Fase.Aangekondigd, Fase.Aangekondigd], gelezen.Percelen.Select(p => p.FaseOp(dag)));
        var status = (await ReadAsync("haarlem-inkoper")).Trajecten.Single(t => t.Id == versie.Traject.Id);
        Assert.Equal([Fase.Aangekondigd, Fase.Aangekondigd], status.Percelen.Select(p => p.Fase));
    }

    [Fact]
    public async Task Two_changes_to_the_same_perceel_from_the_same_version_one_is_stale()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord", "Zuid"), Ct));
        var dag = versie.Peildatum;

        var uitkomsten = await Task.WhenAll(
            Dossier.SaveAsync(anna, versie.Traject.Id, 1, new Feit.AankondigingGepubliceerd(dag), versie.Versie, Ct),
            Dossier.SaveAsync(anna, versie.Traject.Id, 1, new Feit.HoofdkenmerkenVastgelegd(dag), versie.Versie, Ct));

        Assert.Single(uitkomsten, u => u is Uitkomst<TrajectVersie>.Gelukt);
        var conflict = Assert.Single(uitkomsten.OfType<Uitkomst<TrajectVersie>.Conflict>());
        Assert.Equal(("Iemand anders heeft dit traject intussen gewijzigd. Lees het opnieuw en probeer het nog eens.", true), (conflict.Melding, conflict.Verouderd));
    }

    [Fact]
    public async Task A_change_to_a_perceel_added_after_the_client_read_is_stale()
    {
        var anna = await Als("haarlem-inkoper");
        var gelezen = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord"), Ct));
        Gelukt(await Perceeltoevoeging.AddAsync(anna, gelezen.Traject.Id, "Zuid", gelezen.Versie, Ct));

        var uitkomst = await Dossier.SaveAsync(anna, gelezen.Traject.Id, 2, new Feit.AankondigingGepubliceerd(gelezen.Peildatum), gelezen.Versie, Ct);

        Assert.True(uitkomst is Uitkomst<TrajectVersie>.Conflict { Verouderd: true }, $"Verwacht een verouderde versie, kreeg {uitkomst}");
    }

    [Fact]
    public async Task Two_percelen_added_from_the_same_version_one_is_stale()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord"), Ct));

        var uitkomsten = await Task.WhenAll(
            Perceeltoevoeging.AddAsync(anna, versie.Traject.Id, "Zuid", versie.Versie, Ct),
            Perceeltoevoeging.AddAsync(anna, versie.Traject.Id, "Oost", versie.Versie, Ct));

        Assert.Single(uitkomsten, u => u is Uitkomst<TrajectVersie>.Gelukt);
        Assert.Equal(2, (await Storage.Trajecten.GetAsync(versie.Traject.Id, Ct))!.Value.Traject.Percelen.Count);
    }

    [Fact]
    public async Task Two_milestones_planned_from_the_same_version_meet_on_the_header_and_one_is_stale()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord"), Ct));

        var uitkomsten = await Task.WhenAll(
            Planning.PlanAsync(anna, versie.Traject.Id, Domain.Trajecten.Planning.MijlpaalSoort.Aankondiging, "Aankondiging", new DateOnly(2028, 1, 10), versie.Versie, Ct),
            Planning.PlanAsync(anna, versie.Traject.Id, Domain.Trajecten.Planning.MijlpaalSoort.SluitingInschrijving, "Sluiting", new DateOnly(2028, 3, 10), versie.Versie, Ct));

        Assert.Single(uitkomsten, u => u is Uitkomst<TrajectVersie>.Gelukt);
        Assert.Single((await Storage.Trajecten.GetAsync(versie.Traject.Id, Ct))!.Value.Traject.Mijlpalen);
    }

    [Fact]
    public async Task A_version_sent_back_as_its_token_still_lets_a_change_through()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord"), Ct));

        var uitkomst = await Perceeltoevoeging.AddAsync(anna, versie.Traject.Id, "Zuid", Versie.Parse(versie.Versie.ToString()), Ct);

        Assert.IsType<Uitkomst<TrajectVersie>.Gelukt>(uitkomst);
    }
}
