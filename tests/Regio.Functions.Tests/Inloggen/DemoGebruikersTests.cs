using Regio.Domain.Organisaties;
using Regio.Functions.Features.Inloggen.Ontwikkeling;
using Regio.Platform.Demo;

namespace Regio.Functions.Tests.Inloggen;

/// <summary>The ids the development sign-in gives registered people: readable, stable and unique.</summary>
public class DemoGebruikersTests
{
    private static readonly Guid Tenant = Guid.Parse("0d1e2f30-0000-4000-8000-00000000e4e4");

    private static readonly Organisatie Ergens = new(new OrganisatieId("ergens"), OrganisatieSoort.Gemeente, "Gemeente Ergens", Tenant, null, false, null);

    private static (Organisatie, Lidmaatschap) Lid(Organisatie organisatie, Guid tenant, Guid objectId) =>
        (organisatie, new Lidmaatschap(tenant, objectId, organisatie.Id, "Iemand", new HashSet<Rol>()));

    [Fact]
    public void A_person_of_the_demo_keeps_the_id_of_the_demo_file()
    {
        var anna = DemoOrganisaties.Lees().Gebruikers.Single(g => g.Id == "haarlem-inkoper");
        var haarlem = Ergens with { Id = new OrganisatieId("haarlem"), Naam = "Gemeente Haarlem" };

        var ids = DemoGebruikers.Ids([Lid(haarlem, Tenant, anna.ObjectId)]);

        Assert.Equal(["haarlem-inkoper"], ids);
    }

    [Fact]
    public void Anyone_else_is_their_organisation_and_the_start_of_their_object_id()
    {
        var ids = DemoGebruikers.Ids([Lid(Ergens, Tenant, Guid.Parse("bbbbbbbb-1111-4000-8000-000000000001"))]);

        Assert.Equal(["ergens-bbbbbbbb"], ids);
    }

    [Fact]
    public void Two_people_whose_object_ids_begin_alike_get_ids_that_differ()
    {
        var een = Guid.Parse("aaaaaaaa-1111-4000-8000-000000000001");
        var twee = Guid.Parse("aaaaaaaa-2222-4000-8000-000000000002");

        var ids = DemoGebruikers.Ids([Lid(Ergens, Tenant, een), Lid(Ergens, Tenant, twee), Lid(Ergens, Tenant, Guid.Parse("bbbbbbbb-1111-4000-8000-000000000001"))]);

        Assert.Equal([$"ergens-{Tenant:N}-{een:N}", $"ergens-{Tenant:N}-{twee:N}", "ergens-bbbbbbbb"], ids);
    }
}
