using Regio.Domain.Organisaties;
using Regio.Platform.Toegang;

namespace Regio.Platform.Tests.Toegang;

public class AccessPolicyTests
{
    private static Organisatie Org(string id, OrganisatieSoort soort) => new(new OrganisatieId(id), soort, id, Guid.NewGuid(), null, false, null);

    private static Actor Van(Organisatie organisatie, params Rol[] rollen) =>
        new(organisatie.TenantId!.Value, Guid.NewGuid(), "Test (demo)", organisatie, rollen.ToHashSet());

    private static readonly Organisatie Haarlem = Org("haarlem", OrganisatieSoort.Gemeente);
    private static readonly Organisatie Velsen = Org("velsen", OrganisatieSoort.Gemeente);
    private static readonly Organisatie Platform = Org("platform", OrganisatieSoort.Platform);

    [Fact]
    public void Haarlem_inkoper_may_manage_the_roles_of_Haarlem_colleagues() =>
        Assert.IsType<Besluit.Toegestaan>(AccessPolicy.Beslis(Van(Haarlem, Rol.Inkoper), Actie.RollenBeheren, Haarlem.Id));

    [Fact]
    public void Haarlem_lezer_is_refused_managing_roles_and_told_who_can()
    {
        var besluit = Assert.IsType<Besluit.Geweigerd>(AccessPolicy.Beslis(Van(Haarlem, Rol.Lezer), Actie.RollenBeheren, Haarlem.Id));
        Assert.Contains("inkoper van uw organisatie", besluit.Reden, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Actie.OrganisatieBekijken)]
    [InlineData(Actie.LedenBekijken)]
    [InlineData(Actie.RollenBeheren)]
    public void Velsen_inkoper_does_not_even_see_that_Haarlem_exists(Actie actie) =>
        Assert.IsType<Besluit.NietGevonden>(AccessPolicy.Beslis(Van(Velsen, Rol.Inkoper), actie, Haarlem.Id));

    [Fact]
    public void Only_a_platform_beheerder_may_register_organisations()
    {
        Assert.IsType<Besluit.Toegestaan>(AccessPolicy.Beslis(Van(Platform, Rol.Beheerder), Actie.OrganisatiesBeheren, Platform.Id));
        Assert.IsType<Besluit.Geweigerd>(AccessPolicy.Beslis(Van(Haarlem, Rol.Inkoper), Actie.OrganisatiesBeheren, Platform.Id));
    }

    [Fact]
    public void Only_a_platform_beheerder_may_onboard_and_change_regios()
    {
        Assert.IsType<Besluit.Toegestaan>(AccessPolicy.Beslis(Van(Platform, Rol.Beheerder), Actie.RegiosBeheren, Platform.Id));
        Assert.IsType<Besluit.Geweigerd>(AccessPolicy.Beslis(Van(Haarlem, Rol.Inkoper), Actie.RegiosBeheren, Platform.Id));
    }

    [Fact]
    public void A_beheerder_role_in_a_gemeente_is_no_platform_beheerder() =>
        Assert.IsType<Besluit.Geweigerd>(AccessPolicy.Beslis(Van(Haarlem, Rol.Beheerder), Actie.OrganisatiesBeheren, Platform.Id));

    [Fact]
    public void Scope_is_for_the_organisation_that_was_allowed()
    {
        var besluit = Assert.IsType<Besluit.Toegestaan>(AccessPolicy.Beslis(Van(Platform, Rol.Beheerder), Actie.LedenBekijken, Velsen.Id));
        Assert.Equal(Velsen.Id, besluit.Scope.Organisatie);
    }

    [Fact]
    public void The_menu_offers_the_raadsinformatiebrieven_to_the_coordinator_and_gemeente_staff_with_a_role_and_to_no_aanbieder()
    {
        var regio = new Regio.Domain.Regios.RegioId("zk-ijmond");
        var coordinator = Van(Org("zk-ijmond", OrganisatieSoort.Regio), Rol.Regiocoordinator);

        Assert.True(AccessPolicy.KanRapportagesZien(coordinator, regio));
        Assert.True(AccessPolicy.KanRapportagesZien(Van(Velsen, Rol.Inkoper), regio));
        Assert.False(AccessPolicy.KanRapportagesZien(Van(Velsen), regio));
        Assert.False(AccessPolicy.KanRapportagesZien(Van(Org("zorg-bv", OrganisatieSoort.Aanbieder), Rol.Medewerker), regio));
        Assert.False(AccessPolicy.KanRapportagesZien(Van(Platform, Rol.Beheerder), regio));
    }
}
