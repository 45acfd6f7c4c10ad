using Regio.Domain.Trajecten.Dialogen;

namespace Regio.Domain.Tests.Trajecten.Dialogen;

public class DialoogregelsTests
{
    private static readonly DateOnly Maandag = new(2026, 3, 2);
    private static readonly Dialoogdeelnemer A = new("aanbieder|a", "Aanbieder A (demo)");
    private static readonly Dialoogdeelnemer B = new("aanbieder|b", "Aanbieder B (demo)");

    private static T Toegestaan<T>(DialoogUitkomst<T> uitkomst) =>
        Assert.IsType<DialoogUitkomst<T>.Toegestaan>(uitkomst).Waarde;

    private static DialoogWeigering Geweigerd<T>(DialoogUitkomst<T> uitkomst) =>
        Assert.IsType<DialoogUitkomst<T>.Geweigerd>(uitkomst).Weigering;

    private static Dialoog MetRonde() =>
        Toegestaan(Dialoogregels.PlanRonde(Toegestaan(Dialoogregels.VoegDeelnemerToe(Toegestaan(Dialoogregels.VoegDeelnemerToe(Dialoog.Leeg, A)), B)),
            "Ronde over de kwaliteit", Maandag, Maandag.AddDays(11)));

    [Fact]
    public void A_participant_is_added_once()
    {
        var dialoog = Toegestaan(Dialoogregels.VoegDeelnemerToe(Dialoog.Leeg, A));

        Assert.IsType<DialoogWeigering.AlDeelnemer>(Geweigerd(Dialoogregels.VoegDeelnemerToe(dialoog, A)));
        Assert.Equal([A], dialoog.Deelnemers);
    }

    [Fact]
    public void Rounds_are_numbered_in_order_and_need_a_title_and_a_period_that_runs_forward()
    {
        var een = MetRonde();
        var twee = Toegestaan(Dialoogregels.PlanRonde(een, "Tweede ronde", Maandag.AddDays(20), Maandag.AddDays(20)));

        Assert.Equal([1, 2], twee.Rondes.Select(r => r.Nummer));
        Assert.Equal("titel", Geweigerd(Dialoogregels.PlanRonde(een, "  ", Maandag, Maandag)).Veld);
        Assert.IsType<DialoogWeigering.PeriodeOmgekeerd>(Geweigerd(Dialoogregels.PlanRonde(een, "Terug", Maandag, Maandag.AddDays(-1))));
    }

    [Fact]
    public void A_session_is_with_a_participant_inside_the_round_and_only_once_per_round()
    {
        var dialoog = MetRonde();
        var sessie = Toegestaan(Dialoogregels.PlanSessie(dialoog, 1, A.Sleutel, Maandag.AddDays(1), new TimeOnly(10, 0), "Stadhuis", null));

        Assert.Equal((1, A.Sleutel, "Stadhuis"), (sessie.Ronde, sessie.Deelnemer, sessie.Locatie));
        Assert.IsType<DialoogWeigering.SessieGepland>(Geweigerd(Dialoogregels.PlanSessie(dialoog, 1, A.Sleutel, Maandag.AddDays(2), new TimeOnly(10, 0), "Online", sessie)));
        Assert.IsType<DialoogWeigering.GeenDeelnemer>(Geweigerd(Dialoogregels.PlanSessie(dialoog, 1, "aanbieder|c", Maandag, new TimeOnly(10, 0), "Online", null)));
        Assert.IsType<DialoogWeigering.BuitenRonde>(Geweigerd(Dialoogregels.PlanSessie(dialoog, 1, B.Sleutel, Maandag.AddDays(12), new TimeOnly(10, 0), "Online", null)));
        Assert.IsType<DialoogWeigering.OnbekendeRonde>(Geweigerd(Dialoogregels.PlanSessie(dialoog, 2, B.Sleutel, Maandag, new TimeOnly(10, 0), "Online", null)));
    }

    [Fact]
    public void Minutes_need_text_and_each_follow_up_says_what_and_who()
    {
        var sessie = Toegestaan(Dialoogregels.PlanSessie(MetRonde(), 1, A.Sleutel, Maandag, new TimeOnly(9, 30), "Online", null));
        var op = new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

        var verslag = Toegestaan(Dialoogregels.LegVerslagVast(sessie, " Besproken: wachtlijsten. ", [new Afspraak("Cijfers sturen", "Aanbieder A", Maandag.AddDays(7))], op, "Anna (demo)"));

        Assert.Equal("Besproken: wachtlijsten.", verslag.Verslag!.Tekst);
        Assert.Single(verslag.Verslag.Afspraken);
        Assert.Equal("verslag", Geweigerd(Dialoogregels.LegVerslagVast(sessie, "", [], op, "Anna (demo)")).Veld);
        Assert.Equal("afspraken", Geweigerd(Dialoogregels.LegVerslagVast(sessie, "Tekst", [new Afspraak("Iets", " ", Maandag)], op, "Anna (demo)")).Veld);
    }

    [Fact]
    public void A_shared_document_is_numbered_within_its_round_and_needs_participants()
    {
        var document = new GedeeldDocument(0, "x", "Agenda", "agenda.pdf", "Pdf", 10, "ab", DateTimeOffset.UnixEpoch, "Anna (demo)");
        var gedeeld = Toegestaan(Dialoogregels.DeelDocument(Toegestaan(Dialoogregels.DeelDocument(MetRonde(), 1, document)), 1, document with { Id = "y" }));

        Assert.Equal([1, 2], gedeeld.Rondes[0].Documenten.Select(d => d.Nummer));
        var zonderDeelnemers = Toegestaan(Dialoogregels.PlanRonde(Dialoog.Leeg, "Leeg", Maandag, Maandag));
        Assert.IsType<DialoogWeigering.GeenDeelnemers>(Geweigerd(Dialoogregels.DeelDocument(zonderDeelnemers, 1, document)));
    }
}
