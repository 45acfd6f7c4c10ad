using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten.Vragen;

namespace Regio.Domain.Tests.Trajecten.Vragen;

public class VragenregelsTests
{
    private static readonly DateTimeOffset Nu = new(2022, 2, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly Vragensteller Jeugdzorg = new(new OrganisatieId("demo-jeugdzorg"), "Jeugdzorg (demo)", "Petra (demo)");

    private static Vraag Gesteld(int nummer, string? antwoord = null, int? nota = null) =>
        new(nummer, null, $"Vraag {nummer}", Nu, Jeugdzorg, antwoord is null ? null : new Antwoord(antwoord, Nu, "Noor (demo)"), nota);

    private static VraagWeigering Weigering<T>(VraagUitkomst<T> uitkomst) =>
        Assert.IsType<VraagUitkomst<T>.Geweigerd>(uitkomst).Weigering;

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n ")]
    [InlineData(null)]
    public void An_empty_question_is_refused(string? tekst) =>
        Assert.IsType<VraagWeigering.LegeVraag>(Weigering(Vragenregels.Stel(1, null, tekst, [1, 2], Nu, Jeugdzorg)));

    [Fact]
    public void A_question_of_4000_characters_is_accepted_and_one_more_is_refused()
    {
        var precies = new string('x', Vragenregels.MaximumTekens);

        Assert.IsType<VraagUitkomst<Vraag>.Toegestaan>(Vragenregels.Stel(1, null, precies, [], Nu, Jeugdzorg));
        var teLang = Assert.IsType<VraagWeigering.TeLang>(Weigering(Vragenregels.Stel(1, null, precies + "x", [], Nu, Jeugdzorg)));
        Assert.Equal(Vragenregels.MaximumTekens + 1, teLang.Lengte);
    }

    [Fact]
    public void Line_breaks_count_as_one_character_whatever_the_browser_sends()
    {
        var vraag = Assert.IsType<VraagUitkomst<Vraag>.Toegestaan>(Vragenregels.Stel(1, null, " Eerste regel\r\nTweede regel ", [], Nu, Jeugdzorg)).Waarde;

        Assert.Equal("Eerste regel\nTweede regel", vraag.Tekst);
    }

    [Fact]
    public void A_question_about_a_perceel_the_traject_does_not_have_is_refused() =>
        Assert.Equal(new VraagWeigering.OnbekendPerceel(3, [1, 2]).Melding, Weigering(Vragenregels.Stel(1, 3, "Vraag", [1, 2], Nu, Jeugdzorg)).Melding);

    [Fact]
    public void An_unpublished_answer_may_be_rewritten_a_published_one_not()
    {
        var herschreven = Assert.IsType<VraagUitkomst<Vraag>.Toegestaan>(Vragenregels.Beantwoord(Gesteld(1, "Eerst"), "Beter", Nu, "Noor (demo)")).Waarde;

        Assert.Equal("Beter", herschreven.Antwoord!.Tekst);
        Assert.Equal(new VraagWeigering.AlGepubliceerd(1, 2), Weigering(Vragenregels.Beantwoord(Gesteld(1, "Eerst", nota: 2), "Beter", Nu, "Noor (demo)")));
        Assert.IsType<VraagWeigering.LeegAntwoord>(Weigering(Vragenregels.Beantwoord(Gesteld(1), " ", Nu, "Noor (demo)")));
    }

    [Fact]
    public void A_nota_publishes_every_answered_unpublished_question_with_the_next_number()
    {
        var vragen = new[] { Gesteld(1, "A", nota: 1), Gesteld(2, "B"), Gesteld(3), Gesteld(4, "D") };
        var eerdere = new[] { new NotaVanInlichtingen(1, Nu.AddDays(-7), [1]) };

        var (nota, gepubliceerd) = Assert.IsType<VraagUitkomst<(NotaVanInlichtingen, IReadOnlyList<Vraag>)>.Toegestaan>(
            Vragenregels.Publiceer(vragen, eerdere, Nu)).Waarde;

        Assert.Equal((2, Nu), (nota.Nummer, nota.GepubliceerdOp));
        Assert.Equal([2, 4], nota.Vragen);
        Assert.All(gepubliceerd, v => Assert.Equal(2, v.NotaNummer));
    }

    [Fact]
    public void A_nota_without_answers_is_refused_and_says_how_many_wait()
    {
        var weigering = Weigering(Vragenregels.Publiceer([Gesteld(1, "A", nota: 1), Gesteld(2)], [], Nu));

        Assert.Equal(new VraagWeigering.NietsTePubliceren(1), weigering);
        Assert.Contains("1 vraag wacht", weigering.Melding, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nota_holds_at_most_one_transaction_of_questions_and_the_rest_waits()
    {
        var vragen = Enumerable.Range(1, Vragenregels.MaximumPerNota + 5).Select(i => Gesteld(i, "Antwoord")).ToList();

        var (nota, _) = Assert.IsType<VraagUitkomst<(NotaVanInlichtingen, IReadOnlyList<Vraag>)>.Toegestaan>(Vragenregels.Publiceer(vragen, [], Nu)).Waarde;

        Assert.Equal(Enumerable.Range(1, Vragenregels.MaximumPerNota), nota.Vragen);
    }

    [Fact]
    public void A_composed_nota_shows_questions_and_answers_but_not_who_asked_or_answered()
    {
        var notas = GepubliceerdeNota.Samenstellen([new NotaVanInlichtingen(1, Nu, [1])], [Gesteld(1, "Ja", nota: 1), Gesteld(2, "Nog niet gepubliceerd")]);

        var vraag = Assert.Single(Assert.Single(notas).Vragen);
        Assert.Equal(new GepubliceerdeVraag(1, null, "Vraag 1", "Ja"), vraag);
    }
}
