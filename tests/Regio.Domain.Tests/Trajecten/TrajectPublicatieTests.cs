using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;

namespace Regio.Domain.Tests.Trajecten;

public class TrajectPublicatieTests
{
    private static readonly DateOnly Vandaag = new(2027, 3, 1);

    private static Traject Met(params Perceel[] percelen) =>
        new(new TrajectId("t"), "T", new Eigenaar.EenGemeente(new GemeenteId("haarlem")), [], Procedure.Openbaar, null, percelen, []);

    [Fact]
    public void A_traject_in_preparation_without_an_announcement_is_not_published()
    {
        Assert.False(Met(new Perceel(1, "Een", [])).IsGepubliceerd(Vandaag));
    }

    [Fact]
    public void An_announcement_counts_from_its_date_not_before()
    {
        var perceel = new Perceel(1, "Een", [], new Dossier { AankondigingGepubliceerd = Vandaag.AddDays(1) });

        Assert.False(Met(perceel).IsGepubliceerd(Vandaag));
        Assert.True(Met(perceel).IsGepubliceerd(Vandaag.AddDays(1)));
    }

    [Fact]
    public void A_perceel_past_preparation_makes_the_traject_published()
    {
        var perceel = new Perceel(2, "Twee", [new FaseOvergang(Fase.Dialoog, Vandaag, "Start dialoogfase")]);

        Assert.True(Met(new Perceel(1, "Een", []), perceel).IsGepubliceerd(Vandaag));
    }

    [Fact]
    public void A_perceel_built_without_a_dossier_has_an_empty_one()
    {
        Assert.Same(Dossier.Leeg, new Perceel(1, "Een", []).Dossier);
    }
}
