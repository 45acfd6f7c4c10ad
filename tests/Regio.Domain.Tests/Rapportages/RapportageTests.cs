using Regio.Domain.Rapportages;
using Regio.Domain.Regios;

namespace Regio.Domain.Tests.Rapportages;

public class RapportageTests
{
    private static readonly DateTimeOffset Nu = new(2022, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static Rapportageteksten Teksten(string kern = "Perceel 1 is in dialoog.") => new("Aanleiding.", kern, "Geen.", "Volgende maand meer.");

    private static Rapportage Concept() => new(new RegioId("zk-ijmond"), new Maand(2022, 2), Teksten(), new Bewerking("Noor (demo)", Nu));

    [Fact]
    public void Editing_a_concept_keeps_who_and_when_and_counts_the_version()
    {
        var uitkomst = Concept().Wijzig(Teksten("Anders."), new Bewerking("Yara (demo)", Nu.AddHours(1)));

        var gewijzigd = Assert.IsType<RapportageUitkomst.Bijgewerkt>(uitkomst).Rapportage;
        Assert.Equal("Anders.", gewijzigd.Teksten.Kernboodschap);
        Assert.Equal(2, gewijzigd.Versie);
        Assert.Equal("Yara (demo)", gewijzigd.LaatstGewijzigd!.Wie);
        Assert.Equal("Noor (demo)", gewijzigd.Gegenereerd.Wie);
        Assert.Equal(RapportageStatus.Concept, gewijzigd.Status);
    }

    [Fact]
    public void A_final_letter_cannot_be_edited_or_finalised_again()
    {
        var definitief = Assert.IsType<RapportageUitkomst.Bijgewerkt>(Concept().MaakDefinitief(new Bewerking("Noor (demo)", Nu))).Rapportage;

        var wijzigen = Assert.IsType<RapportageUitkomst.Geweigerd>(definitief.Wijzig(Teksten("Anders."), new Bewerking("Noor (demo)", Nu)));
        var opnieuw = Assert.IsType<RapportageUitkomst.Geweigerd>(definitief.MaakDefinitief(new Bewerking("Noor (demo)", Nu)));

        Assert.Equal(RapportageStatus.Definitief, definitief.Status);
        Assert.IsType<RapportageWeigering.AlDefinitief>(wijzigen.Weigering);
        Assert.Equal("AlDefinitief", opnieuw.Weigering.Code);
        Assert.Contains("februari 2022 is definitief", wijzigen.Weigering.Melding, StringComparison.Ordinal);
    }

    [Fact]
    public void Saving_the_same_text_is_refused_as_nothing_changed()
    {
        var uitkomst = Assert.IsType<RapportageUitkomst.Geweigerd>(Concept().Wijzig(Teksten(), new Bewerking("Noor (demo)", Nu)));

        Assert.IsType<RapportageWeigering.NietsGewijzigd>(uitkomst.Weigering);
    }

    [Fact]
    public void Every_part_must_say_something_and_each_empty_part_is_named()
    {
        var (teksten, fouten) = Rapportageteksten.Controleer("Aanleiding.", "  \r\n ", null, "Vervolg.");

        Assert.Null(teksten);
        Assert.Equal(["consequenties", "kernboodschap"], fouten.Keys.Order());
        Assert.Equal("Kernboodschap mag niet leeg zijn. Schrijf ten minste één zin.", fouten["kernboodschap"]);
    }

    [Fact]
    public void Texts_are_stored_with_uniform_line_breaks_and_without_outer_white_space()
    {
        var (teksten, fouten) = Rapportageteksten.Controleer(" Eerste.\r\nTweede. ", "K", "C", "V");

        Assert.Empty(fouten);
        Assert.Equal("Eerste.\nTweede.", teksten!.Aanleiding);
    }

    [Fact]
    public void A_control_character_or_a_text_longer_than_the_maximum_is_refused()
    {
        var (_, fouten) = Rapportageteksten.Controleer("Met \u0001 stuurteken", "K", "C", new string('x', Rapportageteksten.MaximumLengte + 1));

        Assert.Contains("stuurteken", fouten["aanleiding"], StringComparison.Ordinal);
        Assert.Contains("het maximum is 30000", fouten["vervolg"], StringComparison.Ordinal);
    }

    [Fact]
    public void Cleaning_text_from_the_data_drops_what_a_document_cannot_hold_and_keeps_the_rest()
    {
        Assert.Equal("Start dialoog 😀 perceel\t2\n", Rapportageteksten.Schoon("Start\u0007 dialoog 😀 perceel\t2\n\uD800"));
    }
}
