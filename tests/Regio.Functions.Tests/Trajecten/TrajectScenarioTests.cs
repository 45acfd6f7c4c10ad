using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Regio.Functions.Features.Trajecten;
using Regio.Functions.Features.Trajecten.Stukken;
using Regio.Functions.Features.Trajecten.Vragen;
using Regio.Functions.Tests.Trajecten.Stukken;
using Regio.Platform.Demo;
using Regio.Tests;

namespace Regio.Functions.Tests.Trajecten;

/// <summary>Issue 5 end to end over HTTP: a local traject from its creation to a published Nota van Inlichtingen.</summary>
public class TrajectScenarioTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, object body, string? etag)
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }
        var response = await client.SendAsync(request, Ct);
        Assert.True(response.IsSuccessStatusCode, $"{method} {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        return response;
    }

    [Fact]
    public async Task Inkoper_runs_a_traject_to_its_Nota_van_Inlichtingen_and_aanbieders_read_it_without_the_askers_name()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var inkoper = app.ClientAs("haarlem-inkoper");
        var vragensteller = app.ClientAs("jeugdzorg-tekenbevoegde");
        var andereAanbieder = app.ClientAs("thuishulp-medewerker");
        var vandaag = Testklok.Vandaag.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // Create with one perceel, add a second, announce perceel 1: the traject is now published.
        var traject = await SendAsync(inkoper, HttpMethod.Post, "/api/trajecten", new
        {
            id = "begeleiding-2028", naam = "Begeleiding 2028 (demo)", eigenaar = "gemeente:haarlem", procedure = "Openbaar", domein = "Wmo",
            contract = new { looptijdJaren = 4, evaluatiemomenten = new[] { 2 }, bekostiging = "Inspanningsgericht" }, percelen = new[] { "Individuele begeleiding" },
        }, null);
        var perceel = await SendAsync(inkoper, HttpMethod.Post, "/api/trajecten/begeleiding-2028/percelen", new { naam = "Groepsbegeleiding" }, traject.Headers.ETag!.ToString());
        var feit = await SendAsync(inkoper, HttpMethod.Post, "/api/trajecten/begeleiding-2028/percelen/1/dossier", new { soort = "Aankondiging", datum = vandaag }, perceel.Headers.ETag!.ToString());
        var aangekondigd = await SendAsync(inkoper, HttpMethod.Post, "/api/trajecten/begeleiding-2028/percelen/1/fase", new { naar = "Aangekondigd" }, feit.Headers.ETag!.ToString());
        var detail = await aangekondigd.Content.ReadFromJsonAsync<TrajectDetailView>(Ct);
        Assert.Equal((2, true), (detail!.Percelen.Count, detail.Gepubliceerd));

        // A document for the whole traject.
        var pdf = Testbestanden.Pdf("Offerteaanvraag");
        var document = await inkoper.PostAsync("/api/trajecten/begeleiding-2028/documenten", Testbestanden.Formulier("Offerteaanvraag", pdf), Ct);
        Assert.True(document.StatusCode == HttpStatusCode.Created, await document.Content.ReadAsStringAsync(Ct));

        // An aanbieder asks; the inkoper answers and publishes the Nota van Inlichtingen.
        await SendAsync(vragensteller, HttpMethod.Post, "/api/trajecten/begeleiding-2028/vragen", new { perceel = 2, tekst = "Mag een groep uit meer dan acht deelnemers bestaan? (demo)" }, null);
        var vragen = await inkoper.GetFromJsonAsync<VragenlijstView>("/api/trajecten/begeleiding-2028/vragen", Ct);
        var vraag = Assert.Single(vragen!.Vragen);
        await SendAsync(inkoper, HttpMethod.Put, $"/api/trajecten/begeleiding-2028/vragen/{vraag.Nummer}/antwoord", new { tekst = "Ja, tot twaalf deelnemers. (demo)" }, vraag.ETag);
        await SendAsync(inkoper, HttpMethod.Post, "/api/trajecten/begeleiding-2028/nota-van-inlichtingen", new { }, null);

        // Another aanbieder reads the same answer and downloads the document; nothing names the asker.
        var nota = await andereAanbieder.GetStringAsync("/api/trajecten/begeleiding-2028/nota-van-inlichtingen", Ct);
        var notas = JsonSerializer.Deserialize<List<NotaView>>(nota, JsonSerializerOptions.Web)!;
        Assert.Equal("Ja, tot twaalf deelnemers. (demo)", Assert.Single(Assert.Single(notas).Vragen).Antwoord);
        var asker = DemoOrganisaties.Lees().Gebruikers.Single(g => g.Id == "jeugdzorg-tekenbevoegde");
        foreach (var geheim in new[] { asker.Naam, asker.Organisatie, asker.ObjectId.ToString(), vraag.Vragensteller!.OrganisatieNaam })
        {
            Assert.False(nota.Contains(geheim, StringComparison.OrdinalIgnoreCase), $"De Nota van Inlichtingen noemt de vragensteller ('{geheim}'): {nota}");
        }
        var documenten = await andereAanbieder.GetFromJsonAsync<StukkenView>("/api/trajecten/begeleiding-2028/documenten", Ct);
        Assert.Equal(pdf, await andereAanbieder.GetByteArrayAsync(Assert.Single(documenten!.Documenten).Versies[0].Download, Ct));

        // And the history holds every step, in one unbroken chain.
        var geschiedenis = await inkoper.GetFromJsonAsync<GeschiedenisView>("/api/trajecten/begeleiding-2028/geschiedenis", Ct);
        Assert.True(geschiedenis!.Keten.Heel, geschiedenis.Keten.Breuk);
        Assert.True(geschiedenis.Gebeurtenissen.Count >= 7, string.Join("\n", geschiedenis.Gebeurtenissen.Select(g => g.Actie)));
    }
}
