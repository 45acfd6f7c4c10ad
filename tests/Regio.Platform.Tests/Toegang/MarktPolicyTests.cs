using Regio.Domain.Organisaties;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Platform.Toegang;

namespace Regio.Platform.Tests.Toegang;

/// <summary>An aanbieder the platform has not confirmed may look, but not take part in the market.</summary>
public class MarktPolicyTests
{
    private static readonly DateOnly Vandaag = new(2026, 11, 23);

    private static readonly Traject Gepubliceerd = new(new TrajectId("markt"), "Markt (demo)", new Eigenaar.EenGemeente(new GemeenteId("haarlem")), [], Procedure.Openbaar, null,
        [new Perceel(1, "Jeugdhulp", [new FaseOvergang(Fase.Aangekondigd, Vandaag.AddDays(-10), "test")], Dossier.Leeg with { AankondigingGepubliceerd = Vandaag.AddDays(-10) })], []);

    private static Actor Aanbieder(OrganisatieStatus status) => new(Guid.NewGuid(), Guid.NewGuid(), "Test (demo)",
        new Organisatie(new OrganisatieId("zorg-nieuw"), OrganisatieSoort.Aanbieder, "Zorg Nieuw (test)", Guid.NewGuid(), null, false, null)
        {
            Status = status,
            Weigerreden = status == OrganisatieStatus.Geweigerd ? "geen zorgaanbieder" : null,
        },
        new HashSet<Rol> { Rol.Medewerker, Rol.Tekenbevoegde });

    private static IEnumerable<Besluit> Marktbesluiten(Actor actor) =>
    [
        AccessPolicy.BeslisAanmelding(actor, Actie.Aanmelden, Gepubliceerd, Vandaag),
        AccessPolicy.BeslisToelating(actor, Actie.ToelatingAanvragen, Gepubliceerd, Vandaag),
        AccessPolicy.BeslisInschrijving(actor, Actie.Inschrijven, Gepubliceerd, Vandaag, "zorg-nieuw"),
        AccessPolicy.Beslis(actor, Actie.VraagStellen, Gepubliceerd, Vandaag),
    ];

    [Fact]
    public void An_unconfirmed_aanbieder_is_refused_every_market_action_and_told_it_waits_for_confirmation() =>
        Assert.All(Marktbesluiten(Aanbieder(OrganisatieStatus.Onbevestigd)),
            b => Assert.Contains("wacht nog op bevestiging", Assert.IsType<Besluit.Geweigerd>(b).Reden, StringComparison.Ordinal));

    [Fact]
    public void A_refused_aanbieder_is_refused_every_market_action_with_the_beheerders_reason() =>
        Assert.All(Marktbesluiten(Aanbieder(OrganisatieStatus.Geweigerd)),
            b => Assert.Contains("geen zorgaanbieder", Assert.IsType<Besluit.Geweigerd>(b).Reden, StringComparison.Ordinal));

    [Fact]
    public void A_confirmed_aanbieder_may_take_every_market_action() =>
        Assert.All(Marktbesluiten(Aanbieder(OrganisatieStatus.Bevestigd)), b => Assert.IsType<Besluit.Toegestaan>(b));

    [Fact]
    public void An_unconfirmed_aanbieder_may_still_see_the_published_traject() =>
        Assert.IsType<Besluit.Toegestaan>(AccessPolicy.Beslis(Aanbieder(OrganisatieStatus.Onbevestigd), Actie.TrajectBekijken, Gepubliceerd, Vandaag));
}
