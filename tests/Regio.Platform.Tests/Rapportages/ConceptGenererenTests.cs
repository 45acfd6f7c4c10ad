using Regio.Domain.Rapportages;
using Regio.Platform.Demo;
using Regio.Tests;

namespace Regio.Platform.Tests.Rapportages;

/// <summary>The concept the coordinator gets for a month of the demo region, whose sources run to 1 March 2022.</summary>
public class ConceptGenererenTests(AzuriteFixture azurite) : RapportageTestBasis(azurite)
{
    [Fact]
    public async Task January_2022_tells_the_kick_off_of_perceel_1_and_the_next_milestones_in_Dutch()
    {
        var concept = (await GenereerAsync("2022-01")).Rapportage;

        var t = concept.Teksten;
        Assert.Equal(RapportageStatus.Concept, concept.Status);
        Assert.Contains("Regionale verwerving jeugdhulp (jeugdhulp)", t.Kernboodschap, StringComparison.Ordinal);
        Assert.Contains("Op 19 januari 2022 ging perceel 1 (Complexe jeugdhulp) naar de fase dialoog, met 4 geselecteerde deelnemers.", t.Kernboodschap, StringComparison.Ordinal);
        Assert.Contains("Op 19 januari 2022 is gerealiseerd: Kick-off dialoogfase perceel 1.", t.Kernboodschap, StringComparison.Ordinal);
        Assert.Contains("Stand op 31 januari 2022: perceel 1 (Complexe jeugdhulp) is sinds 19 januari 2022 in de fase dialoog en perceel 2 (Enkelvoudige jeugdhulp) is in voorbereiding.",
            t.Kernboodschap, StringComparison.Ordinal);
        Assert.Contains("- 30 maart 2022: Start dialoogfase perceel 2", t.Vervolg, StringComparison.Ordinal);
        Assert.Contains("- 31 mei 2022: Einde dialoogfase beide percelen (eind mei)", t.Vervolg, StringComparison.Ordinal);
        Assert.Contains("De volgende raadsinformatiebrief gaat over februari 2022.", t.Vervolg, StringComparison.Ordinal);
        Assert.Contains("Haarlem, Zandvoort, Bloemendaal, Heemstede, Velsen, Beverwijk en Heemskerk", t.Aanleiding, StringComparison.Ordinal);
        Assert.Equal("Er zijn geen vertraagde mijlpalen, lopende bezwaren of rechtszaken die gevolgen hebben voor de planning.", t.Consequenties);
    }

    [Fact]
    public async Task The_strategic_partners_in_the_dialogue_are_counted_never_named()
    {
        var data = await TestStorage.ReadDemoDataAsync();
        var partners = data.Trajecten.SelectMany(t => t.Percelen ?? []).SelectMany(p => p.StrategischPartners ?? []).ToList();

        var letter = Alles((await GenereerAsync("2022-01")).Rapportage.Teksten);

        Assert.Equal(4, partners.Count);
        Assert.All(partners, p => Assert.DoesNotContain(p, letter, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_month_without_events_says_so_and_gives_the_standing_of_each_perceel()
    {
        var t = (await GenereerAsync("2022-02")).Rapportage.Teksten;

        Assert.Contains("In februari 2022 is voor dit traject geen mijlpaal, fase of dossierfeit vastgelegd.", t.Kernboodschap, StringComparison.Ordinal);
        Assert.Contains("Stand op 28 februari 2022: perceel 1 (Complexe jeugdhulp) is sinds 19 januari 2022 in de fase dialoog", t.Kernboodschap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Milestones_past_their_date_without_a_realisation_are_named_as_late_by_the_right_number_of_days()
    {
        var t = (await GenereerAsync("2022-06")).Rapportage.Teksten;

        Assert.Contains("Regionale verwerving jeugdhulp: de mijlpaal ‘Start dialoogfase perceel 2’ stond gepland op 30 maart 2022 en is nog niet als gerealiseerd vastgelegd (92 dagen over de datum).",
            t.Consequenties, StringComparison.Ordinal);
        Assert.Contains("‘Einde dialoogfase beide percelen (eind mei)’ stond gepland op 31 mei 2022 en is nog niet als gerealiseerd vastgelegd (30 dagen over de datum).",
            t.Consequenties, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_letter_is_about_regional_trajecten_only_never_a_gemeentes_local_trajecten_budget_or_lokale_keuzes()
    {
        var data = await TestStorage.ReadDemoDataAsync();
        var geheim = data.Budgetten.SelectMany(b => DemoDataMapper.ToBudgetten(b.Key, b.Value)).SelectMany(b => b.Posten.Select(p => p.Naam))
            .Concat(data.Trajecten.SelectMany(DemoLokaleKeuzes.Uit).SelectMany(k => new[] { k.Keuze.Naam, k.Keuze.Omschrijving }))
            .Concat(data.Trajecten.Where(t => t.Eigenaar.StartsWith("gemeente:", StringComparison.Ordinal)).Select(t => t.Naam))
            .Append("kort geding")
            .Distinct()
            .ToList();
        var noor = await Als("regio-coordinator");

        // Every month the sources cover, and the ones after: Haarlem's own kort geding of 14 February 2022 is not the regio's.
        var letters = new List<string>();
        foreach (var maand in Enumerable.Range(1, 12).Select(m => $"2022-{m:D2}"))
        {
            letters.Add(Alles(Gelukt(await Genereren.GenerateAsync(noor, ZkIjmond, maand, Ct)).Rapportage.Teksten));
        }

        Assert.True(geheim.Count > 10, $"De demodata hebben te weinig budgetposten en keuzes om iets te bewijzen: {geheim.Count}.");
        var lekken = letters.SelectMany((l, i) => geheim.Where(g => l.Contains(g, StringComparison.OrdinalIgnoreCase)).Select(g => $"2022-{i + 1:D2}: {g}")).ToList();
        Assert.True(lekken.Count == 0, "De brief noemt iets van een gemeente zelf:\n" + string.Join("\n", lekken));
    }
}
