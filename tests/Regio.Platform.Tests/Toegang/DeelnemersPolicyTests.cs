using Regio.Domain.Organisaties;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Platform.Toegang;

namespace Regio.Platform.Tests.Toegang;

/// <summary>Who may know the other participants of a perceel: the owner's side always, an aanbieder only from the award on.</summary>
public class DeelnemersPolicyTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 23);

    private static Actor Van(string id, OrganisatieSoort soort, Rol rol) =>
        new(Guid.NewGuid(), Guid.NewGuid(), "Test (demo)", new Organisatie(new OrganisatieId(id), soort, id, Guid.NewGuid(), null, false, null), new HashSet<Rol> { rol });

    private static Traject Met(Perceel perceel) =>
        new(new TrajectId("dialoog"), "Dialoog (demo)", new Eigenaar.EenGemeente(new GemeenteId("haarlem")), [], Procedure.Dialooggericht, null, [perceel], []);

    private static Perceel InFase(Fase fase, Dossier? dossier = null) =>
        new(1, "Jeugdhulp", [new FaseOvergang(Fase.Aangekondigd, Vandaag.AddDays(-60), "test"), new FaseOvergang(fase, Vandaag.AddDays(-10), "test")],
            (dossier ?? Dossier.Leeg) with { AankondigingGepubliceerd = Vandaag.AddDays(-60) });

    private static Besluit Beslis(Actor actor, Perceel perceel) => AccessPolicy.BeslisDeelnemers(actor, Met(perceel), perceel, Vandaag);

    private static readonly Actor Aanbieder = Van("demo-jeugdzorg-kennemerland", OrganisatieSoort.Aanbieder, Rol.Medewerker);

    [Theory]
    [InlineData(Fase.Selectie)]
    [InlineData(Fase.Dialoog)]
    [InlineData(Fase.Beoordeling)]
    [InlineData(Fase.Ingetrokken)]
    public void An_aanbieder_does_not_learn_the_other_participants_before_the_award(Fase fase)
    {
        var besluit = Assert.IsType<Besluit.Geweigerd>(Beslis(Aanbieder, InFase(fase)));
        Assert.Contains("tot de gunning vertrouwelijk", besluit.Reden, StringComparison.Ordinal);
    }

    [Fact]
    public void An_aanbieder_learns_them_once_the_gunningsbeslissing_is_dated()
    {
        var gegund = InFase(Fase.Beoordeling, Dossier.Leeg with { Gunningsbeslissing = new Gunningsbeslissing(Vandaag, "Gegund aan Jeugdzorg (demo).") });

        Assert.IsType<Besluit.Toegestaan>(Beslis(Aanbieder, gegund));
        Assert.IsType<Besluit.Toegestaan>(Beslis(Aanbieder, InFase(Fase.DefinitieveGunning)));
    }

    [Fact]
    public void The_owners_people_and_other_gemeenten_see_the_participants_as_before()
    {
        Assert.IsType<Besluit.Toegestaan>(Beslis(Van("haarlem", OrganisatieSoort.Gemeente, Rol.Lezer), InFase(Fase.Dialoog)));
        Assert.IsType<Besluit.Toegestaan>(Beslis(Van("velsen", OrganisatieSoort.Gemeente, Rol.Inkoper), InFase(Fase.Dialoog)));
    }

    [Fact]
    public void An_aanbieder_does_not_learn_that_an_unpublished_perceel_exists()
    {
        var voorbereiding = new Perceel(1, "Jeugdhulp", []);

        Assert.IsType<Besluit.NietGevonden>(Beslis(Aanbieder, voorbereiding));
    }
}
