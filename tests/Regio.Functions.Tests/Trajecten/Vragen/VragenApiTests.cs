using System.Net;
using System.Net.Http.Json;
using System.Text;
using Regio.Functions.Features.Trajecten.Vragen;
using Regio.Tests;

namespace Regio.Functions.Tests.Trajecten.Vragen;

/// <summary>Questions and the Nota van Inlichtingen over HTTP, on the demo's published regional traject jeugdhulp 2023.</summary>
public class VragenApiTests(AzuriteFixture azurite)
{
    private const string Vragen = "/api/trajecten/jeugdhulp-2023/vragen";
    private const string Nota = "/api/trajecten/jeugdhulp-2023/nota-van-inlichtingen";
    private const string Antwoord = "Ja. De tarieven per perceel staan in bijlage 3 (demo).";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Aanbieder_asks_the_coordinator_answers_and_publishes_and_another_aanbieder_reads_the_answer_without_the_asker()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var jeugdzorg = app.ClientAs("jeugdzorg-tekenbevoegde");
        var noor = app.ClientAs("regio-coordinator");
        var thuishulp = app.ClientAs("thuishulp-medewerker");

        var gesteld = await jeugdzorg.PostAsJsonAsync(Vragen, new { perceel = 1, tekst = "Zijn de tarieven per perceel bekend?" }, Ct);
        Assert.True(gesteld.StatusCode == HttpStatusCode.Created, await gesteld.Content.ReadAsStringAsync(Ct));
        var lijst = await noor.GetFromJsonAsync<VragenlijstView>(Vragen, Ct);
        var vraag = Assert.Single(lijst!.Vragen);
        Assert.Equal("demo-jeugdzorg-kennemerland", vraag.Vragensteller!.Organisatie);
        var beantwoord = await PutAntwoordAsync(noor, vraag.Nummer, Antwoord, vraag.ETag);
        Assert.True(beantwoord.StatusCode == HttpStatusCode.OK, await beantwoord.Content.ReadAsStringAsync(Ct));
        Assert.Empty((await thuishulp.GetFromJsonAsync<NotaView[]>(Nota, Ct))!);
        Assert.DoesNotContain("bijlage 3", await jeugdzorg.GetStringAsync(Vragen, Ct), StringComparison.Ordinal);

        var gepubliceerd = await noor.PostAsync(Nota, null, Ct);

        Assert.True(gepubliceerd.StatusCode == HttpStatusCode.Created, await gepubliceerd.Content.ReadAsStringAsync(Ct));
        var body = await thuishulp.GetStringAsync(Nota, Ct);
        var notas = await thuishulp.GetFromJsonAsync<NotaView[]>(Nota, Ct);
        Assert.Equal(Antwoord, Assert.Single(Assert.Single(notas!).Vragen).Antwoord);
        foreach (var asker in new[] { "demo-jeugdzorg-kennemerland", "Jeugdzorg Kennemerland", "Petra Willems", "Noor van den Berg" })
        {
            Assert.False(body.Contains(asker, StringComparison.Ordinal), $"De Nota van Inlichtingen noemt '{asker}': {body}");
        }
        Assert.Equal(body, await jeugdzorg.GetStringAsync(Nota, Ct));
        Assert.Equal("Gepubliceerd in Nota van Inlichtingen 1", Assert.Single((await jeugdzorg.GetFromJsonAsync<VragenlijstView>(Vragen, Ct))!.Vragen).Status);
        Assert.Empty((await thuishulp.GetFromJsonAsync<VragenlijstView>(Vragen, Ct))!.Vragen);
    }

    [Theory]
    [InlineData("""{"tekst":"   "}""", "tekst")]
    [InlineData("""{"perceel":9,"tekst":"Over perceel 9"}""", "perceel")]
    [InlineData("""{"perceel":"een","tekst":"Over perceel een"}""", "$.perceel")]
    public async Task A_bad_question_is_a_Dutch_400_naming_the_field(string json, string veld)
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var response = await app.ClientAs("jeugdzorg-tekenbevoegde").PostAsync(Vragen, new StringContent(json, Encoding.UTF8, "application/json"), Ct);

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "Ongeldig verzoek");
        Assert.Contains(veld, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gemeente_inkoper_cannot_ask_and_is_told_who_can()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var response = await app.ClientAs("velsen-inkoper").PostAsJsonAsync(Vragen, new { tekst = "Mag een gemeente ook vragen?" }, Ct);

        var detail = await Problem.AssertAsync(response, HttpStatusCode.Forbidden, "Geen toegang");
        Assert.Contains("aanbieder", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.PreconditionRequired, "ETag vereist")]
    [InlineData("W/\"datetime'2020-01-01T00%3A00%3A00.0000000Z'\"", HttpStatusCode.PreconditionFailed, "Intussen gewijzigd")]
    [InlineData("geen-etag", HttpStatusCode.PreconditionFailed, "Intussen gewijzigd")]
    public async Task An_answer_without_the_current_ETag_changes_nothing(string? etag, HttpStatusCode status, string titel)
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var noor = app.ClientAs("regio-coordinator");
        await app.ClientAs("jeugdzorg-tekenbevoegde").PostAsJsonAsync(Vragen, new { tekst = "Een vraag (demo)" }, Ct);

        var response = await PutAntwoordAsync(noor, 1, "Te laat", etag);

        await Problem.AssertAsync(response, status, titel);
        Assert.Null(Assert.Single((await noor.GetFromJsonAsync<VragenlijstView>(Vragen, Ct))!.Vragen).Antwoord);
    }

    [Fact]
    public async Task Publishing_without_answers_is_a_409_that_says_what_to_do_first()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        await app.ClientAs("jeugdzorg-tekenbevoegde").PostAsJsonAsync(Vragen, new { tekst = "Een vraag (demo)" }, Ct);

        var response = await app.ClientAs("regio-coordinator").PostAsync(Nota, null, Ct);

        var detail = await Problem.AssertAsync(response, HttpStatusCode.Conflict, "Conflict");
        Assert.Contains("Beantwoord eerst", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_answer_is_a_Dutch_400()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var noor = app.ClientAs("regio-coordinator");
        await app.ClientAs("jeugdzorg-tekenbevoegde").PostAsJsonAsync(Vragen, new { tekst = "Een vraag (demo)" }, Ct);
        var vraag = Assert.Single((await noor.GetFromJsonAsync<VragenlijstView>(Vragen, Ct))!.Vragen);

        var response = await PutAntwoordAsync(noor, 1, "", vraag.ETag);

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "Ongeldig verzoek");
    }

    private static async Task<HttpResponseMessage> PutAntwoordAsync(HttpClient client, int nummer, string tekst, string? etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"{Vragen}/{nummer}/antwoord") { Content = JsonContent.Create(new { tekst }) };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }
        return await client.SendAsync(request, Ct);
    }
}
