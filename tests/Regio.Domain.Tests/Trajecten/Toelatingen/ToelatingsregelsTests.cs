using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Toelatingen;

namespace Regio.Domain.Tests.Trajecten.Toelatingen;

public class ToelatingsregelsTests
{
    private static readonly DateOnly Vandaag = new(2026, 5, 11);
    private static readonly DateTimeOffset Nu = new(2026, 5, 11, 10, 0, 0, TimeSpan.Zero);
    private static readonly EisAntwoord[] Antwoorden = [new("Kwaliteitskeurmerk", "Wij hebben HKZ (demo).")];

    private static Aanvraag Aanvraag(int nummer = 1, IEnumerable<Aanvraag>? eerdere = null) =>
        Assert.IsType<ToelatingUitkomst<Aanvraag>.Toegestaan>(
            Toelatingsregels.VraagAan(nummer, 1, "aanbieder|a", "Aanbieder A (demo)", Antwoorden, eerdere ?? [], Nu, "Olaf (demo)")).Waarde;

    private static ToelatingWeigering Geweigerd<T>(ToelatingUitkomst<T> uitkomst) => Assert.IsType<ToelatingUitkomst<T>.Geweigerd>(uitkomst).Weigering;

    private static Aanvraag Besluit(Aanvraag a, bool toegelaten) =>
        Assert.IsType<ToelatingUitkomst<Aanvraag>.Toegestaan>(Toelatingsregels.Beslis(a, toegelaten, "Voldoet aan alle eisen.", Vandaag, "Anna (demo)")).Waarde;

    [Fact]
    public void Admission_is_open_only_for_an_announced_or_contracted_open_house_perceel()
    {
        var voorbereiding = new Perceel(1, "Hulpmiddelen", []);
        var aangekondigd = voorbereiding with { Overgangen = [new FaseOvergang(Fase.Aangekondigd, Vandaag, "")] };

        Assert.Null(Toelatingsregels.Open(Procedure.OpenHouse, aangekondigd, Vandaag));
        Assert.IsType<ToelatingWeigering.NietOpen>(Toelatingsregels.Open(Procedure.OpenHouse, voorbereiding, Vandaag));
        Assert.IsType<ToelatingWeigering.GeenOpenHouse>(Toelatingsregels.Open(Procedure.Openbaar, aangekondigd, Vandaag));
    }

    [Fact]
    public void An_aanvraag_answers_at_least_one_requirement_completely()
    {
        Assert.IsType<ToelatingWeigering.GeenEisen>(Geweigerd(Toelatingsregels.VraagAan(1, 1, "aanbieder|a", "A", [], [], Nu, "O")));
        Assert.IsType<ToelatingWeigering.OnvolledigAntwoord>(Geweigerd(Toelatingsregels.VraagAan(1, 1, "aanbieder|a", "A", [new("Eis", " ")], [], Nu, "O")));
    }

    [Fact]
    public void A_pending_aanvraag_blocks_a_second_a_refusal_allows_a_new_one_and_an_admission_does_not()
    {
        var eerste = Aanvraag();
        Assert.IsType<ToelatingWeigering.LopendeAanvraag>(Geweigerd(Toelatingsregels.VraagAan(2, 1, "aanbieder|a", "A", Antwoorden, [eerste], Nu, "O")));

        var afgewezen = Besluit(eerste, toegelaten: false);
        var tweede = Aanvraag(2, [afgewezen]);
        var toegelaten = Besluit(tweede, toegelaten: true);

        Assert.IsType<ToelatingWeigering.AlToegelaten>(Geweigerd(Toelatingsregels.VraagAan(3, 1, "aanbieder|a", "A", Antwoorden, [afgewezen, toegelaten], Nu, "O")));
        Assert.Equal(2, tweede.Nummer);
    }

    [Fact]
    public void A_decision_needs_reasons_and_is_taken_once()
    {
        var aanvraag = Aanvraag();

        Assert.IsType<ToelatingWeigering.GeenMotivering>(Geweigerd(Toelatingsregels.Beslis(aanvraag, false, "  ", Vandaag, "Anna (demo)")));
        Assert.IsType<ToelatingWeigering.AlBesloten>(Geweigerd(Toelatingsregels.Beslis(Besluit(aanvraag, true), false, "Toch niet", Vandaag, "Anna (demo)")));
    }

    [Fact]
    public void The_signed_overeenkomst_of_an_admission_lands_in_the_dossier_for_the_contracted_gate()
    {
        var toegelaten = Besluit(Aanvraag(), toegelaten: true);
        var dossier = Toelatingsregels.InDossier(Dossier.Leeg, toegelaten);
        Assert.NotNull(Poorten.Controleer(Procedure.OpenHouse, Fase.Aangekondigd, Fase.Gecontracteerd, dossier, Vandaag));

        var getekend = Assert.IsType<ToelatingUitkomst<Aanvraag>.Toegestaan>(Toelatingsregels.LegOvereenkomstVast(toegelaten, Vandaag, Vandaag)).Waarde;
        var nu = Toelatingsregels.InDossier(dossier, getekend);

        Assert.Equal([new Toelating("Aanbieder A (demo)", Vandaag, Vandaag)], nu.Toelatingen);
        Assert.Null(Poorten.Controleer(Procedure.OpenHouse, Fase.Aangekondigd, Fase.Gecontracteerd, nu, Vandaag));
        Assert.IsType<ToelatingWeigering.OngeldigeTekendatum>(Geweigerd(Toelatingsregels.LegOvereenkomstVast(toegelaten, Vandaag.AddDays(1), Vandaag)));
        Assert.IsType<ToelatingWeigering.NietToegelaten>(Geweigerd(Toelatingsregels.LegOvereenkomstVast(Besluit(Aanvraag(), false), Vandaag, Vandaag)));
    }
}
