using Regio.Domain.Organisaties;
using Regio.Platform.Demo;
using Regio.Platform.Organisaties;
using Regio.Platform.Toegang;
using Regio.Tests;

namespace Regio.Platform.Tests.Organisaties;

/// <summary>A care provider registers itself; the platform beheerder confirms or refuses it.</summary>
public sealed class ZelfregistratieTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly TestStorage _storage = new(azurite);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private AanbiederZelfregistreren Zelf => new(_storage.Organisaties, _storage.Toegangspoort, _storage.Time);

    private AanbiederBevestigen Bevestigen => new(_storage.Organisaties, _storage.Toegangspoort, _storage.Time);

    public async ValueTask InitializeAsync() => await _storage.Demo.LoadAsync(await TestStorage.ReadDemoDataAsync(), Ct);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static Actor Nieuw(Guid? tenant = null) => new(tenant ?? Guid.NewGuid(), Guid.NewGuid(), "Piet Nieuw (test)", null, new HashSet<Rol>());

    private async Task<Actor> Demo(string gebruikerId)
    {
        var demo = DemoOrganisaties.Lees();
        var gebruiker = demo.Gebruikers.Single(g => g.Id == gebruikerId);
        var tenant = demo.TenantVan(gebruiker, demo.Organisaties((await TestStorage.ReadDemoDataAsync()).Regio));
        return (await new ActorResolver(_storage.Organisaties).ResolveAsync(tenant, gebruiker.ObjectId, gebruiker.Naam, Ct))!;
    }

    private async Task<Organisatie> RegistreerAsync(Actor actor, string kvk, string naam) =>
        Assert.IsType<Uitkomst<Organisatie>.Gelukt>(await Zelf.RegisterAsync(actor, new Zelfregistratie(kvk, naam), Ct)).Waarde;

    [Fact]
    public async Task A_person_of_their_own_tenant_registers_an_unconfirmed_aanbieder_of_that_tenant_as_its_tekenbevoegde()
    {
        var piet = Nieuw();

        var aanbieder = await RegistreerAsync(piet, "30000001", "Zorg & Zo Noord B.V.");

        Assert.Equal((new OrganisatieId("zorg-zo-noord-b-v"), OrganisatieStatus.Onbevestigd, piet.TenantId, false), (aanbieder.Id, aanbieder.Status, aanbieder.TenantId, aanbieder.GastAccounts));
        var lid = await _storage.Organisaties.FindLidAsync(piet.TenantId, piet.ObjectId, Ct);
        Assert.Equal(new HashSet<Rol> { Rol.Medewerker, Rol.Tekenbevoegde }, lid?.Lid.Rollen);
        Assert.True(await _storage.Organisaties.IsRegisteredTenantAsync(piet.TenantId, Ct), "Collega's uit de tenant van de aanbieder moeten zich kunnen aanmelden.");
    }

    [Fact]
    public async Task A_guest_of_the_platform_tenant_registers_an_aanbieder_with_guest_accounts()
    {
        var platform = await _storage.Organisaties.GetAsync(new OrganisatieId("platform"), Ct);

        var aanbieder = await RegistreerAsync(Nieuw(platform!.TenantId), "30000002", "Gastzorg");

        Assert.Equal((null, true), (aanbieder.TenantId, aanbieder.GastAccounts));
    }

    [Fact]
    public async Task A_taken_id_gets_a_suffix()
    {
        await RegistreerAsync(Nieuw(), "30000003", "Zorg Dubbel");

        var tweede = await RegistreerAsync(Nieuw(), "30000004", "Zorg Dubbel");

        Assert.Equal("zorg-dubbel-2", tweede.Id.Value);
    }

    [Fact]
    public async Task A_taken_kvk_number_is_refused_naming_the_aanbieder_that_has_it()
    {
        var uitkomst = await Zelf.RegisterAsync(Nieuw(), new Zelfregistratie("90000001", "Kopie"), Ct);

        Assert.Equal("KvK-nummer 90000001 is al geregistreerd voor Jeugdzorg Kennemerland B.V. (demo).", Assert.IsType<Uitkomst<Organisatie>.Conflict>(uitkomst).Melding);
    }

    [Fact]
    public async Task A_member_of_an_organisation_cannot_register_another()
    {
        var uitkomst = await Zelf.RegisterAsync(await Demo("haarlem-inkoper"), new Zelfregistratie("30000005", "Zijproject"), Ct);

        Assert.Contains("U hoort al bij Gemeente Haarlem", Assert.IsType<Uitkomst<Organisatie>.Conflict>(uitkomst).Melding, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_named_per_field()
    {
        var uitkomst = await Zelf.RegisterAsync(Nieuw(), new Zelfregistratie("1234", " "), Ct);

        Assert.Equal(["kvkNummer", "naam"], Assert.IsType<Uitkomst<Organisatie>.Ongeldig>(uitkomst).Fouten.Keys.Order());
    }

    [Fact]
    public async Task The_beheerder_confirms_an_aanbieder_and_the_decision_is_audited()
    {
        var aanbieder = await RegistreerAsync(Nieuw(), "30000006", "Zorg Bevestigd");

        var uitkomst = await Bevestigen.DecideAsync(await Demo("platform-beheerder"), aanbieder.Id, true, null, Ct);

        Assert.Equal(OrganisatieStatus.Bevestigd, Assert.IsType<Uitkomst<Organisatie>.Gelukt>(uitkomst).Waarde.Status);
        Assert.Equal(OrganisatieStatus.Bevestigd, (await _storage.Organisaties.GetAsync(aanbieder.Id, Ct))?.Status);
        Assert.Contains(await _storage.Organisaties.ReadAuditAsync(OrganisatieStore.RegisterPartition, Ct), e => e.Actie == "Aanbieder bevestigd" && e.Onderwerp == $"organisatie:{aanbieder.Id}");
    }

    [Fact]
    public async Task The_beheerder_refuses_an_aanbieder_with_a_reason_that_is_kept()
    {
        var aanbieder = await RegistreerAsync(Nieuw(), "30000007", "Zorg Geweigerd");

        await Bevestigen.DecideAsync(await Demo("platform-beheerder"), aanbieder.Id, false, "Geen zorgaanbieder volgens de KvK.", Ct);

        var gelezen = await _storage.Organisaties.GetAsync(aanbieder.Id, Ct);
        Assert.Equal((OrganisatieStatus.Geweigerd, "Geen zorgaanbieder volgens de KvK."), (gelezen?.Status, gelezen?.Weigerreden));
    }

    [Fact]
    public async Task A_refusal_without_a_reason_is_invalid_and_changes_nothing()
    {
        var aanbieder = await RegistreerAsync(Nieuw(), "30000008", "Zorg Zonder Reden");

        var uitkomst = await Bevestigen.DecideAsync(await Demo("platform-beheerder"), aanbieder.Id, false, " ", Ct);

        Assert.Contains("reden", Assert.IsType<Uitkomst<Organisatie>.Ongeldig>(uitkomst).Fouten.Keys);
        Assert.Equal(OrganisatieStatus.Onbevestigd, (await _storage.Organisaties.GetAsync(aanbieder.Id, Ct))?.Status);
    }

    [Fact]
    public async Task Only_the_platform_beheerder_may_confirm_an_aanbieder()
    {
        var piet = Nieuw();
        var aanbieder = await RegistreerAsync(piet, "30000009", "Zorg Eigenwijs");
        var tekenbevoegde = (await new ActorResolver(_storage.Organisaties).ResolveAsync(piet.TenantId, piet.ObjectId, piet.Naam, Ct))!;

        var uitkomst = await Bevestigen.DecideAsync(tekenbevoegde, aanbieder.Id, true, null, Ct);

        Assert.IsType<Uitkomst<Organisatie>.Geweigerd>(uitkomst);
        Assert.Equal(OrganisatieStatus.Onbevestigd, (await _storage.Organisaties.GetAsync(aanbieder.Id, Ct))?.Status);
    }
}
