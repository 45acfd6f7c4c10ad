using Regio.Domain.Aanbieders;
using Regio.Domain.Organisaties;
using Regio.Platform.Aanbieders;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Tests;

namespace Regio.Platform.Tests.Aanbieders;

public class CombinatieTests(AzuriteFixture azurite) : AanmeldingTestBasis(azurite)
{
    [Fact]
    public async Task Once_thuishulp_confirms_with_its_UEA_people_of_both_members_act_as_the_combinatie()
    {
        var petra = await Als("jeugdzorg-tekenbevoegde");
        var quinten = await Als("thuishulp-medewerker");
        var olaf = await Als("jeugdzorg-medewerker");
        var opgericht = await RichtOpAsync(petra, Thuishulp);
        Assert.Equal("aanbieder|demo-jeugdzorg-kennemerland", (await Inschrijvers.GetAsync(olaf, Jeugdhulp, Perceel, Ct))!.Sleutel);

        var bevestigd = Gelukt(await Bevestigen.ConfirmAsync(quinten, opgericht.Combinatie.Id.Value, Uea, null, Ct));

        Assert.True(bevestigd.Combinatie.IsAangemeld, string.Join(" ", bevestigd.Combinatie.Ontbreekt()));
        var verwacht = new Inschrijver(opgericht.Combinatie.Sleutel, "Samen voor Jeugd (demo)", [new OrganisatieId("demo-jeugdzorg-kennemerland"), new OrganisatieId(Thuishulp)]);
        foreach (var mens in new[] { petra, olaf, quinten })
        {
            var inschrijver = await Inschrijvers.GetAsync(mens, Jeugdhulp, Perceel, Ct);
            Assert.Equal(verwacht.Sleutel, inschrijver!.Sleutel);
            Assert.Equal(verwacht.Leden, inschrijver.Leden);
        }
        Assert.Equal("aanbieder|demo-thuishulp-ijmond", (await Inschrijvers.GetAsync(quinten, Jeugdhulp, 1, Ct))!.Sleutel);
        var lid = bevestigd.Combinatie.LidVan(new(Thuishulp))!;
        Assert.Equal("Quinten Jacobs (demo)", lid.Verklaringen.Single(v => v.Soort == Verklaringsoort.Uea).AfgegevenDoor);
        Assert.Null(await AuditControle.VerifyPartitionAsync(Storage.Clients.Table(Names.AanmeldingenTable), $"aanmelding|{Jeugdhulp}|{Perceel}", Ct));
        Assert.Equal(2, (await AuditLog.ReadPartitionAsync(Storage.Clients.Table(Names.AanmeldingenTable), $"aanmelding|{Jeugdhulp}|{Perceel}", Ct)).Count);
    }

    [Fact]
    public async Task A_third_aanbieder_and_another_gemeente_see_nothing_of_the_combinatie_while_the_owner_sees_it()
    {
        var opgericht = await RichtOpAsync(await Als("jeugdzorg-tekenbevoegde"), Thuishulp);
        var id = opgericht.Combinatie.Id.Value;
        var tess = await Als("duinstreek-medewerker");
        var velsen = await Als("velsen-inkoper");

        Assert.IsType<Uitkomst<Combinatiebeeld>.NietGevonden>(await Combinatie.GetAsync(tess, id, Ct));
        Assert.IsType<Uitkomst<Combinatiebeeld>.NietGevonden>(await Bevestigen.ConfirmAsync(tess, id, Uea, null, Ct));
        Assert.IsType<Uitkomst<Combinatiebeeld>.NietGevonden>(await Combinatie.GetAsync(velsen, id, Ct));
        var perceelTess = Gelukt(await Perceelaanmeldingen.GetAsync(tess, Jeugdhulp, Perceel, Ct));
        Assert.Empty(perceelTess.EigenCombinaties);
        Assert.Empty(perceelTess.Combinaties);
        Assert.Null(perceelTess.Eigen);
        Assert.Empty(Gelukt(await EigenAanmeldingen.ListAsync(tess, Ct)));
        Assert.IsType<Uitkomst<Perceelbeeld>.Geweigerd>(await Perceelaanmeldingen.GetAsync(velsen, Jeugdhulp, Perceel, Ct));
        Assert.Equal("aanbieder|demo-welzijn-duinstreek", (await Inschrijvers.GetAsync(tess, Jeugdhulp, Perceel, Ct))!.Sleutel);
        Assert.Null(await Inschrijvers.GetAsync(velsen, Jeugdhulp, Perceel, Ct));

        var eigenaar = Gelukt(await Perceelaanmeldingen.GetAsync(await Als("regio-coordinator"), Jeugdhulp, Perceel, Ct));
        Assert.Equal(id, Assert.Single(eigenaar.Combinaties).Id.Value);
        Assert.Contains(Gelukt(await EigenAanmeldingen.ListAsync(await Als("thuishulp-medewerker"), Ct)), e => e.Combinaties.Any(c => c.Id.Value == id));
    }

    [Fact]
    public async Task An_aanbieder_registered_alone_cannot_confirm_a_combinatie_for_the_same_perceel()
    {
        var quinten = await Als("thuishulp-medewerker");
        var petra = await Als("jeugdzorg-tekenbevoegde");
        Gelukt(await Alleen.RegisterAsync(quinten, Jeugdhulp, Perceel, Uea, Ct));
        var opgericht = await RichtOpAsync(petra, Thuishulp);

        Assert.Equal("AlAangemeld", Code(await Bevestigen.ConfirmAsync(quinten, opgericht.Combinatie.Id.Value, Uea, null, Ct)));
        Assert.Equal("AlAangemeld", Code(await Alleen.RegisterAsync(petra, Jeugdhulp, Perceel, Uea, Ct)));
        Assert.Equal("AlAangemeld", Code(await Oprichten.CreateAsync(quinten, Jeugdhulp, Perceel, "Tweede (demo)", [], Uea, Ct)));
        Assert.Equal("aanbieder|demo-thuishulp-ijmond", (await Inschrijvers.GetAsync(quinten, Jeugdhulp, Perceel, Ct))!.Sleutel);
    }

    [Fact]
    public async Task Two_registrations_of_one_aanbieder_at_the_same_moment_leave_exactly_one()
    {
        var quinten = await Als("thuishulp-medewerker");

        var uitkomsten = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Alleen.RegisterAsync(quinten, Jeugdhulp, Perceel, Uea, Ct)));

        Assert.Single(uitkomsten, u => u is Uitkomst<Aanmelding>.Gelukt);
        Assert.Single((await Store.ListAsync(Jeugdhulp, Perceel, Ct)).Aanmeldingen);
    }

    [Fact]
    public async Task Only_the_penvoerder_invites_and_a_stale_ETag_changes_nothing()
    {
        var petra = await Als("jeugdzorg-tekenbevoegde");
        var quinten = await Als("thuishulp-medewerker");
        var opgericht = await RichtOpAsync(petra, Thuishulp);
        var id = opgericht.Combinatie.Id.Value;
        var bevestigd = Gelukt(await Bevestigen.ConfirmAsync(quinten, id, Uea, opgericht.Versie, Ct));

        Assert.IsType<Uitkomst<Combinatiebeeld>.Geweigerd>(await Uitnodigen.InviteAsync(quinten, id, "demo-welzijn-duinstreek", null, Ct));
        var verouderd = Assert.IsType<Uitkomst<Combinatiebeeld>.Conflict>(await Uitnodigen.InviteAsync(petra, id, "demo-welzijn-duinstreek", opgericht.Versie, Ct));
        Assert.True(verouderd.Verouderd);
        Assert.IsType<Uitkomst<Combinatiebeeld>.Ongeldig>(await Uitnodigen.InviteAsync(petra, id, "haarlem", bevestigd.Versie, Ct));
        Assert.Equal(2, Gelukt(await Combinatie.GetAsync(petra, id, Ct)).Combinatie.Leden.Count);

        var verwijderd = Gelukt(await Verwijderen.RemoveAsync(petra, id, Thuishulp, bevestigd.Versie, Ct));
        Assert.False(verwijderd.Combinatie.IsAangemeld);
        Assert.Null(await Store.GetAanmeldingAsync(Jeugdhulp, Perceel, new(Thuishulp), Ct));
        Assert.IsType<Uitkomst<Combinatiebeeld>.NietGevonden>(await Combinatie.GetAsync(quinten, id, Ct));
    }
}
