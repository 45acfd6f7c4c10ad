using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Planning;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Trajecten;
using Regio.Tests;

namespace Regio.Platform.Tests.Rapportages;

/// <summary>
/// The seed letter's huishoudelijke ondersteuning, as if the regio had bought it: award on 16 December 2021, a kort
/// geding ruled on 14 February 2022, the start moved from 1 January to 1 April 2022, and platform activity in February.
/// </summary>
public class RegionaalKortGedingTests(AzuriteFixture azurite) : RapportageTestBasis(azurite)
{
    private const string Geheim = "Thuiszorg Geheim B.V. (demo)";

    [Fact]
    public async Task February_tells_the_ruling_and_the_moved_start_in_Dutch_and_counts_the_months_platform_activity()
    {
        await MaakTrajectAsync();

        var t = (await GenereerAsync("2022-02")).Rapportage.Teksten;

        Assert.Contains("Huishoudelijke ondersteuning regio (demo) (Wmo)", t.Kernboodschap, StringComparison.Ordinal);
        Assert.Contains("Op 14 februari 2022 deed de rechter uitspraak in het kort geding over het traject: alle vorderingen afgewezen.", t.Kernboodschap, StringComparison.Ordinal);
        Assert.Contains("De mijlpaal ‘Ingang van de overeenkomsten’ is verschoven van 1 januari 2022 naar 1 april 2022. Reden: inwerkingtreding opgeschort vanwege kort geding.",
            t.Kernboodschap, StringComparison.Ordinal);
        // 00:30 on 1 February in Amsterdam is still 31 January in UTC; 01:30 on 1 March is March's.
        Assert.Contains("Activiteit op het platform in februari 2022: 1 aanbestedingsstuk gepubliceerd en 1 vraag van een aanbieder ontvangen.", t.Kernboodschap, StringComparison.Ordinal);
        Assert.Contains("Huishoudelijke ondersteuning regio (demo): de mijlpaal ‘Ingang van de overeenkomsten’ is verschoven van 1 januari 2022 naar 1 april 2022, 90 dagen later dan eerst gepland.",
            t.Consequenties, StringComparison.Ordinal);
        Assert.Contains("- 1 april 2022: Ingang van de overeenkomsten", t.Vervolg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_the_kort_geding_runs_the_letter_names_it_as_a_risk()
    {
        await MaakTrajectAsync();

        var t = (await GenereerAsync("2022-01")).Rapportage.Teksten;

        Assert.Contains("Op 20 januari 2022 is een kort geding aanhangig gemaakt tegen de gunningsbeslissing voor het traject.", t.Kernboodschap, StringComparison.Ordinal);
        Assert.Contains("Huishoudelijke ondersteuning regio (demo): tegen de gunningsbeslissing voor het traject loopt sinds 20 januari 2022 een kort geding.", t.Consequenties, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_objector_the_motivation_the_scores_and_the_questions_text_never_reach_the_letter()
    {
        await MaakTrajectAsync();

        var letters = new[] { "2021-12", "2022-01", "2022-02", "2022-03" }.Select(async m => Alles((await GenereerAsync(m)).Rapportage.Teksten));
        var alles = string.Join("\n", await Task.WhenAll(letters));

        Assert.Contains("gunningsbeslissing voor het traject aan alle inschrijvers verzonden", alles, StringComparison.Ordinal);
        foreach (var geheim in new[] { Geheim, "7,5", "herbeoordeling", "Welke score", "Score vastgelegd" })
        {
            Assert.DoesNotContain(geheim, alles, StringComparison.Ordinal);
        }
    }

    private async Task MaakTrajectAsync()
    {
        var noor = await Als("regio-coordinator");
        var bron = "Noor van den Berg (demo)";
        var vastgelegd = new DateTimeOffset(2022, 2, 15, 10, 0, 0, TimeSpan.Zero);
        var start = new GeplandeMijlpaal(new MijlpaalId(1), MijlpaalSoort.ContractStart, "Ingang van de overeenkomsten", new DateOnly(2022, 4, 1), bron, vastgelegd)
        {
            Verschuivingen = [new Verschuiving(new DateOnly(2022, 1, 1), new DateOnly(2022, 4, 1), bron, vastgelegd, "inwerkingtreding opgeschort vanwege kort geding")],
        };
        var dossier = new Dossier
        {
            AankondigingGepubliceerd = new DateOnly(2021, 6, 1),
            Gunningsbeslissing = new Gunningsbeslissing(new DateOnly(2021, 12, 16), $"Scores: {Geheim} 7,5; de motivering is vertrouwelijk."),
            Bezwaren = [new Bezwaar(new DateOnly(2022, 1, 20), new DateOnly(2022, 2, 14), BezwaarSoort.KortGeding, $"{Geheim} vordert herbeoordeling", "alle vorderingen afgewezen")],
        };
        var naam = "Huishoudelijke ondersteuning regio (demo)";
        var traject = new Traject(new TrajectId("ho-regio-demo"), naam, new Eigenaar.DeRegio(ZkIjmond), [new GemeenteId("haarlem"), new GemeenteId("velsen")],
            Procedure.Dialooggericht, null, [new Perceel(1, naam, [new FaseOvergang(Fase.VoorlopigeGunning, new DateOnly(2021, 12, 16), "Voorlopige gunning")], dossier)],
            [start], Domein.Wmo);
        Assert.True(await Storage.Trajecten.AddAsync(traject, new AuditEvent(vastgelegd, noor.AuditNaam, "Traject aangemaakt", "traject:ho-regio-demo", null, null), Ct));
        var table = Storage.Clients.Table(Names.TrajectenTable);
        (DateTimeOffset Wanneer, string Actie, string Na)[] gebeurtenissen =
        [
            (new(2022, 1, 31, 23, 30, 0, TimeSpan.Zero), "Document gepubliceerd", "{\"titel\":\"Beschrijvend document\"}"),
            (new(2022, 2, 10, 9, 0, 0, TimeSpan.Zero), "Vraag gesteld", $"{{\"tekst\":\"Welke score kreeg {Geheim}?\"}}"),
            (new(2022, 2, 11, 9, 0, 0, TimeSpan.Zero), $"Score vastgelegd: {Geheim} 7,5", "{}"),
            (new(2022, 3, 1, 0, 30, 0, TimeSpan.Zero), "Vraag gesteld", "{\"tekst\":\"Na de maand (demo)\"}"),
        ];
        foreach (var (wanneer, actie, na) in gebeurtenissen)
        {
            await ChangeWriter.AppendAsync(table, TrajectStore.Keten(traject.Eigenaar, traject.Id), new AuditEvent(wanneer, noor.AuditNaam, actie, "traject:ho-regio-demo", null, na), Ct);
        }
    }
}
