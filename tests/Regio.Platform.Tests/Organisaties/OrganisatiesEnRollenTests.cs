using Regio.Domain.Organisaties;
using Regio.Platform.Demo;
using Regio.Platform.Organisaties;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using Regio.Tests;

namespace Regio.Platform.Tests.Organisaties;

/// <summary>The organisation use cases against real storage, as the demo people.</summary>
public class OrganisatiesEnRollenTests(AzuriteFixture azurite)
{
    private readonly TestStorage _storage = new(azurite);

    private OrganisatieBekijken Bekijken => new(_storage.Organisaties, _storage.Toegangspoort);

    private RollenToekennen Toekennen => new(_storage.Organisaties, _storage.Toegangspoort, _storage.Time);

    private OrganisatieRegistreren Registreren => new(_storage.Organisaties, _storage.Toegangspoort, _storage.Time);

    private async Task<Actor> Als(string gebruikerId)
    {
        var data = await TestStorage.ReadDemoDataAsync();
        await _storage.Demo.LoadAsync(data, TestContext.Current.CancellationToken);
        var demo = DemoOrganisaties.Lees();
        var gebruiker = demo.Gebruikers.Single(g => g.Id == gebruikerId);
        var tenant = demo.TenantVan(gebruiker, demo.Organisaties(data.Regio));
        return (await new ActorResolver(_storage.Organisaties).ResolveAsync(tenant, gebruiker.ObjectId, gebruiker.Naam, TestContext.Current.CancellationToken))!;
    }

    private static DemoGebruiker Demo(string id) => DemoOrganisaties.Lees().Gebruikers.Single(g => g.Id == id);

    [Fact]
    public async Task Velsen_cannot_see_the_people_of_Haarlem_and_the_refusal_is_audited()
    {
        var velsen = await Als("velsen-inkoper");

        var uitkomst = await Bekijken.GetAsync(velsen, new OrganisatieId("haarlem"), TestContext.Current.CancellationToken);

        Assert.IsType<Uitkomst<OrganisatieMetLeden>.NietGevonden>(uitkomst);
        var audit = await _storage.Organisaties.ReadAuditAsync(OrganisatieStore.OrganisatiePartition(new OrganisatieId("velsen")), TestContext.Current.CancellationToken);
        Assert.Contains(audit, e => e.Actie == "Toegang geweigerd" && e.Onderwerp == "organisatie:haarlem bekijken");
    }

    [Fact]
    public async Task Haarlem_inkoper_gives_a_colleague_a_role_and_the_change_is_audited_with_before_and_after()
    {
        var anna = await Als("haarlem-inkoper");
        var eva = Demo("haarlem-lezer");
        var gelezen = (await Bekijken.GetAsync(anna, new OrganisatieId("haarlem"), TestContext.Current.CancellationToken) as Uitkomst<OrganisatieMetLeden>.Gelukt)!.Waarde;
        var etag = gelezen.Leden.Single(l => l.Lid.ObjectId == eva.ObjectId).Versie;

        var uitkomst = await Toekennen.SaveAsync(anna, new OrganisatieId("haarlem"), gelezen.Organisatie.TenantId!.Value, eva.ObjectId, null, ["lezer", "beoordelaar"], etag, TestContext.Current.CancellationToken);

        var gezet = Assert.IsType<Uitkomst<(Lidmaatschap Lid, Versie Versie)>.Gelukt>(uitkomst);
        Assert.Equal(new HashSet<Rol> { Rol.Lezer, Rol.Beoordelaar }, gezet.Waarde.Lid.Rollen);
        var audit = await _storage.Organisaties.ReadAuditAsync(OrganisatieStore.OrganisatiePartition(new OrganisatieId("haarlem")), TestContext.Current.CancellationToken);
        var wijziging = audit[^1];
        Assert.Equal(("Rollen gewijzigd", """["lezer"]""", """["beoordelaar","lezer"]"""), (wijziging.Actie, wijziging.Voor, wijziging.Na));
        Assert.Null(await Regio.Platform.Audit.AuditControle.VerifyPartitionAsync(_storage.Clients.Table(Regio.Platform.Storage.Names.OrganisatiesTable), OrganisatieStore.OrganisatiePartition(new OrganisatieId("haarlem")), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_role_change_with_a_stale_ETag_loses_nothing_and_says_so()
    {
        var anna = await Als("haarlem-inkoper");
        var eva = Demo("haarlem-lezer");
        var gelezen = (await Bekijken.GetAsync(anna, new OrganisatieId("haarlem"), TestContext.Current.CancellationToken) as Uitkomst<OrganisatieMetLeden>.Gelukt)!.Waarde;
        var lid = gelezen.Leden.Single(l => l.Lid.ObjectId == eva.ObjectId);
        var tenant = gelezen.Organisatie.TenantId!.Value;
        await Toekennen.SaveAsync(anna, new OrganisatieId("haarlem"), tenant, eva.ObjectId, null, ["budgethouder"], lid.Versie, TestContext.Current.CancellationToken);

        var tweede = await Toekennen.SaveAsync(anna, new OrganisatieId("haarlem"), tenant, eva.ObjectId, null, ["inkoper"], lid.Versie, TestContext.Current.CancellationToken);

        Assert.True(tweede is Uitkomst<(Lidmaatschap, Versie)>.Conflict { Verouderd: true }, $"Verwacht een verouderde ETag, kreeg {tweede}");
        var nu = (await _storage.Organisaties.GetLidAsync(OrganisatieScopeVoorTest.Haarlem, tenant, eva.ObjectId, TestContext.Current.CancellationToken))!.Value.Lid;
        Assert.Equal(new HashSet<Rol> { Rol.Budgethouder }, nu.Rollen);
    }

    [Fact]
    public async Task The_ETag_answered_by_a_role_change_is_the_one_the_next_change_needs()
    {
        var anna = await Als("haarlem-inkoper");
        var eva = Demo("haarlem-lezer");
        var gelezen = (await Bekijken.GetAsync(anna, new OrganisatieId("haarlem"), TestContext.Current.CancellationToken) as Uitkomst<OrganisatieMetLeden>.Gelukt)!.Waarde;
        var tenant = gelezen.Organisatie.TenantId!.Value;
        var eerste = await Toekennen.SaveAsync(anna, new OrganisatieId("haarlem"), tenant, eva.ObjectId, null, ["budgethouder"],
            gelezen.Leden.Single(l => l.Lid.ObjectId == eva.ObjectId).Versie, TestContext.Current.CancellationToken);
        var etag = Assert.IsType<Uitkomst<(Lidmaatschap Lid, Versie Versie)>.Gelukt>(eerste).Waarde.Versie;

        var tweede = await Toekennen.SaveAsync(anna, new OrganisatieId("haarlem"), tenant, eva.ObjectId, null, ["lezer"], etag, TestContext.Current.CancellationToken);

        Assert.IsType<Uitkomst<(Lidmaatschap Lid, Versie Versie)>.Gelukt>(tweede);
    }

    [Fact]
    public async Task A_role_that_a_gemeente_does_not_have_is_refused_with_the_possible_ones()
    {
        var anna = await Als("haarlem-inkoper");

        var uitkomst = await Toekennen.SaveAsync(anna, new OrganisatieId("haarlem"), anna.TenantId, Guid.NewGuid(), "Nieuwe collega (demo)", ["tekenbevoegde"], null, TestContext.Current.CancellationToken);

        var ongeldig = Assert.IsType<Uitkomst<(Lidmaatschap, Versie)>.Ongeldig>(uitkomst);
        Assert.Contains("inkoper, beleidsmedewerker, beoordelaar, budgethouder, lezer", ongeldig.Fouten["rollen"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_from_another_tenant_cannot_be_made_a_Haarlem_colleague()
    {
        var anna = await Als("haarlem-inkoper");

        var uitkomst = await Toekennen.SaveAsync(anna, new OrganisatieId("haarlem"), Guid.NewGuid(), Guid.NewGuid(), "Buitenstaander (demo)", ["lezer"], null, TestContext.Current.CancellationToken);

        Assert.Contains("tenantId", Assert.IsType<Uitkomst<(Lidmaatschap, Versie)>.Ongeldig>(uitkomst).Fouten.Keys);
    }

    [Fact]
    public async Task Beheerder_registers_an_aanbieder_and_an_invalid_KvK_number_is_named()
    {
        var rosa = await Als("platform-beheerder");

        var fout = await Registreren.RegisterAsync(rosa, new Registratie("zorg-nieuw", OrganisatieSoort.Aanbieder, "Zorg Nieuw (demo)", null, "1234", true, null), TestContext.Current.CancellationToken);
        var goed = await Registreren.RegisterAsync(rosa, new Registratie("zorg-nieuw", OrganisatieSoort.Aanbieder, "Zorg Nieuw (demo)", null, "12345678", true, null), TestContext.Current.CancellationToken);
        var nogmaals = await Registreren.RegisterAsync(rosa, new Registratie("zorg-nieuw", OrganisatieSoort.Aanbieder, "Zorg Nieuw (demo)", null, "12345678", true, null), TestContext.Current.CancellationToken);

        Assert.Equal("Een KvK-nummer bestaat uit precies 8 cijfers.", Assert.IsType<Uitkomst<Organisatie>.Ongeldig>(fout).Fouten["kvkNummer"]);
        Assert.Equal("12345678", Assert.IsType<Uitkomst<Organisatie>.Gelukt>(goed).Waarde.Kvk?.Value);
        Assert.IsType<Uitkomst<Organisatie>.Conflict>(nogmaals);
    }

    [Fact]
    public async Task A_regio_needs_a_registered_lead_gemeente()
    {
        var rosa = await Als("platform-beheerder");

        var uitkomst = await Registreren.RegisterAsync(rosa, new Registratie("noord", OrganisatieSoort.Regio, "Regio Noord (demo)", Guid.NewGuid(), null, false, "bestaat-niet"), TestContext.Current.CancellationToken);

        Assert.Contains("leadGemeente", Assert.IsType<Uitkomst<Organisatie>.Ongeldig>(uitkomst).Fouten.Keys);
    }

    [Fact]
    public async Task A_gemeente_inkoper_cannot_register_organisations()
    {
        var anna = await Als("haarlem-inkoper");

        var uitkomst = await Registreren.RegisterAsync(anna, new Registratie("x", OrganisatieSoort.Aanbieder, "X (demo)", null, "12345678", true, null), TestContext.Current.CancellationToken);

        Assert.IsType<Uitkomst<Organisatie>.Geweigerd>(uitkomst);
    }

    [Fact]
    public async Task A_token_from_an_unregistered_tenant_resolves_to_no_actor()
    {
        await Als("haarlem-inkoper");

        Assert.Null(await new ActorResolver(_storage.Organisaties).ResolveAsync(Guid.NewGuid(), Guid.NewGuid(), "x", TestContext.Current.CancellationToken));
    }

    private static class OrganisatieScopeVoorTest
    {
        public static OrganisatieScope Haarlem => OrganisatieScope.Systeem(new OrganisatieId("haarlem"));
    }
}
