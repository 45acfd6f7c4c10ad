using Regio.Domain.Trajecten.Gunningen;

namespace Regio.Domain.Tests.Trajecten.Gunningen;

public class GunningsbriefTests
{
    private static readonly Briefkop Kop = new("Gemeente Haarlem", "Huishoudelijke ondersteuning (demo)", 1, "Thuisondersteuning", new DateOnly(2026, 4, 7), new DateOnly(2026, 4, 28));

    private static string Tekst(Gunningsbrief brief) => string.Join("\n", brief.Blokken.Select(b => b switch
    {
        Documentblok.Kop k => k.Tekst,
        Documentblok.Alinea a => a.Tekst,
        Documentblok.Tabel t => string.Join("\n", t.Rijen.Select(r => string.Join(" | ", r))),
        _ => "",
    }));

    [Fact]
    public void A_losing_inschrijver_reads_its_own_and_the_winners_scores_per_criterion_its_rank_and_the_standstill_end()
    {
        var g = Beoordeeld.Grondslag(Beoordeeld.Scores("a", 10, 8), Beoordeeld.Scores("b", 6, 4));
        var brieven = Gunningsbrief.Stel(Beoordeeld.Kies(g, ["a"]), g, Kop);
        var tekst = Tekst(brieven.Single(b => b.Ontvanger == "b"));

        Assert.Contains("te gunnen aan Naam a. Het perceel wordt niet aan u gegund.", tekst, StringComparison.Ordinal);
        Assert.Contains("plaats 2 van 2", tekst, StringComparison.Ordinal);
        Assert.Contains("Plan van aanpak | 60% | 6 van 10 | 36,00 | Aanpak van b: 6", tekst, StringComparison.Ordinal);
        Assert.Contains("Plan van aanpak | 60% | 10 van 10 | 60,00 | Aanpak van a: 10", tekst, StringComparison.Ordinal);
        Assert.Contains("Samenwerking | 40% | 8 van 10 | 32,00 | Samenwerking van a: 8", tekst, StringComparison.Ordinal);
        Assert.Contains("De opschortende termijn eindigt op dinsdag 28 april 2026", tekst, StringComparison.Ordinal);
        Assert.Contains("aanvullende motivering", tekst, StringComparison.Ordinal);
        Assert.Contains("kort geding", tekst, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shared_rank_is_stated_in_the_letter()
    {
        var g = Beoordeeld.Grondslag(Beoordeeld.Scores("a", 10, 10), Beoordeeld.Scores("b", 6, 6), Beoordeeld.Scores("c", 6, 6));
        var tekst = Tekst(Gunningsbrief.Stel(Beoordeeld.Kies(g, ["a"]), g, Kop).Single(b => b.Ontvanger == "c"));
        Assert.Contains("plaats 2 van 3 (gedeeld met 1 andere inschrijver met dezelfde totaalscore)", tekst, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_inschrijver_gets_a_letter_and_an_invalid_one_reads_why_without_a_rank()
    {
        var g = Beoordeeld.Grondslag([Beoordeeld.Scores("a", 10, 10), Beoordeeld.Scores("b", 8, 8)], [new Inschrijvingsstatus("x", false, "Het UEA ontbreekt.")]);
        var brieven = Gunningsbrief.Stel(Beoordeeld.Kies(g, ["a", "b"]), g, Kop);
        Assert.Equal(["a", "b", "x"], brieven.Select(b => b.Ontvanger).Order());
        var ongeldig = Tekst(brieven.Single(b => b.Ontvanger == "x"));
        Assert.Contains("Uw inschrijving is ongeldig en daarom niet inhoudelijk beoordeeld of gerangschikt. Reden: Het UEA ontbreekt.", ongeldig, StringComparison.Ordinal);
        Assert.DoesNotContain("Uw inschrijving is geëindigd op plaats", ongeldig, StringComparison.Ordinal);
        var winnaar = Tekst(brieven.Single(b => b.Ontvanger == "a"));
        Assert.Contains("aan u te gunnen. Het perceel wordt aan 2 inschrijvers gegund: Naam a en Naam b.", winnaar, StringComparison.Ordinal);
        // A winner reads the other winner's scores, not its own twice.
        Assert.Contains("Aanpak van b: 8", winnaar, StringComparison.Ordinal);
        Assert.Single(brieven.Single(b => b.Ontvanger == "a").Blokken.OfType<Documentblok.Tabel>(), t => t.Rijen.Any(r => r[4] == "Aanpak van a: 10"));
    }

    [Fact]
    public void The_reason_for_breaking_a_tie_is_in_every_letter()
    {
        var g = Beoordeeld.Grondslag(Beoordeeld.Scores("a", 8, 8), Beoordeeld.Scores("b", 8, 8));
        var brieven = Gunningsbrief.Stel(Beoordeeld.Kies(g, ["b"], "Loting door de notaris"), g, Kop);
        Assert.All(brieven, b => Assert.Contains("Keuze bij gelijke of afwijkende rangorde: Loting door de notaris", Tekst(b), StringComparison.Ordinal));
    }
}
