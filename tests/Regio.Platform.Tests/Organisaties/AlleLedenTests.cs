using Regio.Domain.Organisaties;
using Regio.Platform.Demo;
using Regio.Platform.Organisaties;
using Regio.Platform.Toegang;
using Regio.Tests;

namespace Regio.Platform.Tests.Organisaties;

/// <summary>The development sign-in's read of everyone registered, across organisations.</summary>
public class AlleLedenTests(AzuriteFixture azurite)
{
    private readonly TestStorage _storage = new(azurite);

    [Fact]
    public async Task Everyone_registered_is_listed_with_their_own_organisation_including_a_person_given_a_role_at_run_time()
    {
        var data = await TestStorage.ReadDemoDataAsync();
        await _storage.Demo.LoadAsync(data, TestContext.Current.CancellationToken);
        var demo = DemoOrganisaties.Lees();
        var rosa = demo.Gebruikers.Single(g => g.Id == "platform-beheerder");
        var beheerder = (await new ActorResolver(_storage.Organisaties).ResolveAsync(
            demo.TenantVan(rosa, demo.Organisaties(data.Regio)), rosa.ObjectId, rosa.Naam, TestContext.Current.CancellationToken))!;
        var tenant = Guid.NewGuid();
        var persoon = Guid.NewGuid();
        await new OrganisatieRegistreren(_storage.Organisaties, _storage.Toegangspoort, _storage.Time).RegisterAsync(
            beheerder, new Registratie("zorg-later", OrganisatieSoort.Aanbieder, "Zorg Later (demo)", tenant, "12345678", false, null), TestContext.Current.CancellationToken);
        await new RollenToekennen(_storage.Organisaties, _storage.Toegangspoort, _storage.Time).SaveAsync(
            beheerder, new OrganisatieId("zorg-later"), tenant, persoon, "Later Gekomen (demo)", ["medewerker"], null, TestContext.Current.CancellationToken);

        var leden = await _storage.Organisaties.ListAllLedenAsync(TestContext.Current.CancellationToken);

        Assert.Equal(demo.Gebruikers.Count + 1, leden.Count);
        Assert.All(leden, l => Assert.Equal(l.Organisatie.Id, l.Lid.Organisatie));
        var later = Assert.Single(leden, l => l.Lid.ObjectId == persoon);
        Assert.Equal(("Zorg Later (demo)", tenant, "Later Gekomen (demo)"), (later.Organisatie.Naam, later.Lid.TenantId, later.Lid.Naam));
    }
}
