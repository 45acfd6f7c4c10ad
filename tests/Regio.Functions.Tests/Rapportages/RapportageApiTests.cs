using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Regio.Tests;

namespace Regio.Functions.Tests.Rapportages;

/// <summary>The monthly raadsinformatiebrief over HTTP: generate, edit with If-Match, finalise, list, download.</summary>
public class RapportageApiTests(AzuriteFixture azurite)
{
    private const string Pad = "/api/regios/zk-ijmond/rapportages";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_coordinator_generates_edits_finalises_and_downloads_the_letter_whose_docx_has_the_four_headings_and_the_edit()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var noor = app.ClientAs("regio-coordinator");

        var aangemaakt = await noor.PostAsJsonAsync(Pad, new { maand = "2022-01" }, Ct);
        var concept = await JsonAsync(aangemaakt, HttpStatusCode.Created);
        Assert.Equal($"{Pad}/2022-01", aangemaakt.Headers.Location?.ToString());
        Assert.Contains("Op 19 januari 2022 ging perceel 1 (Complexe jeugdhulp) naar de fase dialoog", concept.GetProperty("kernboodschap").GetString(), StringComparison.Ordinal);
        var bewerkt = await JsonAsync(await PutAsync(noor, concept, "De kick-off met de wethouders van de zeven gemeenten verliep goed (demo).", aangemaakt.Headers.ETag!.ToString()), HttpStatusCode.OK);
        var definitief = await SendAsync(noor, HttpMethod.Post, $"{Pad}/2022-01/definitief", null, bewerkt.GetProperty("eTag").GetString());
        Assert.Equal("Definitief", (await JsonAsync(definitief, HttpStatusCode.OK)).GetProperty("status").GetString());

        var download = await noor.GetAsync($"{Pad}/2022-01/docx", Ct);
        var docx = await download.Content.ReadAsByteArrayAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("raadsinformatiebrief-zk-ijmond-2022-01.docx", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(docx)), download.Headers.GetValues("X-Regio-Sha256").Single());
        var alineas = Alineas(docx);
        Assert.Equal(["Aanleiding", "Kernboodschap", "Consequenties", "Vervolg"], alineas.Where(a => a.Stijl == "Heading1").Select(a => a.Tekst));
        Assert.Contains(alineas, a => a.Tekst == "De kick-off met de wethouders van de zeven gemeenten verliep goed (demo).");
        Assert.DoesNotContain(alineas, a => a.Tekst.Contains("CONCEPT", StringComparison.Ordinal));
        var lijst = await JsonAsync(await noor.GetAsync(Pad, Ct), HttpStatusCode.OK);
        var maand = Assert.Single(lijst.GetProperty("rapportages").EnumerateArray());
        Assert.Equal(("2022-01", "januari 2022", "Definitief"), (maand.GetProperty("maand").GetString(), maand.GetProperty("maandNaam").GetString(), maand.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task An_edit_with_a_stale_etag_gets_412_and_an_edit_after_finalising_gets_409_with_its_code()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var noor = app.ClientAs("regio-coordinator");
        var aangemaakt = await noor.PostAsJsonAsync(Pad, new { maand = "2022-02" }, Ct);
        var concept = await JsonAsync(aangemaakt, HttpStatusCode.Created);
        var oud = aangemaakt.Headers.ETag!.ToString();
        var bewerkt = await JsonAsync(await PutAsync(noor, concept, "Eerste bewerking (demo).", oud), HttpStatusCode.OK);

        await Problem.AssertAsync(await PutAsync(noor, concept, "Op een oude versie (demo).", oud), HttpStatusCode.PreconditionFailed, "Intussen gewijzigd");
        await Problem.AssertAsync(await SendAsync(noor, HttpMethod.Post, $"{Pad}/2022-02/definitief", null, oud), HttpStatusCode.PreconditionFailed, "Intussen gewijzigd");
        var definitief = await JsonAsync(await SendAsync(noor, HttpMethod.Post, $"{Pad}/2022-02/definitief", null, bewerkt.GetProperty("eTag").GetString()), HttpStatusCode.OK);
        var na = await PutAsync(noor, concept, "Na het definitief maken (demo).", definitief.GetProperty("eTag").GetString());
        var body = await na.Content.ReadAsStringAsync(Ct);

        await Problem.AssertAsync(na, HttpStatusCode.Conflict, "Conflict");
        Assert.Equal("AlDefinitief", JsonDocument.Parse(body).RootElement.GetProperty("code").GetString());
        var gelezen = await JsonAsync(await noor.GetAsync($"{Pad}/2022-02", Ct), HttpStatusCode.OK);
        Assert.Equal("Eerste bewerking (demo).", gelezen.GetProperty("kernboodschap").GetString());
    }

    [Theory]
    [InlineData("2022-13", "Geef de maand als jjjj-mm")]
    [InlineData("januari 2022", "Geef de maand als jjjj-mm")]
    [InlineData("", "Geef de maand als jjjj-mm")]
    [InlineData("2099-01", "Januari 2099 is nog niet begonnen")]
    public async Task A_bad_or_future_month_gets_a_Dutch_400_on_the_month_and_nothing_is_created(string maand, string melding)
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var noor = app.ClientAs("regio-coordinator");

        var response = await noor.PostAsJsonAsync(Pad, new { maand }, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "Ongeldig verzoek");
        Assert.StartsWith(melding, JsonDocument.Parse(body).RootElement.GetProperty("errors").GetProperty("maand")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await JsonAsync(await noor.GetAsync(Pad, Ct), HttpStatusCode.OK)).GetProperty("rapportages").GetArrayLength());
    }

    [Fact]
    public async Task An_empty_section_a_missing_etag_a_bad_month_or_a_broken_body_is_answered_in_Dutch_and_changes_nothing()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var noor = app.ClientAs("regio-coordinator");
        var aangemaakt = await noor.PostAsJsonAsync(Pad, new { maand = "2022-03" }, Ct);
        var concept = await JsonAsync(aangemaakt, HttpStatusCode.Created);
        var etag = aangemaakt.Headers.ETag!.ToString();

        var leeg = await PutAsync(noor, concept, "   ", etag);
        var leegBody = await leeg.Content.ReadAsStringAsync(Ct);
        await Problem.AssertAsync(leeg, HttpStatusCode.BadRequest, "Ongeldig verzoek");
        Assert.Equal("Kernboodschap mag niet leeg zijn. Schrijf ten minste één zin.",
            JsonDocument.Parse(leegBody).RootElement.GetProperty("errors").GetProperty("kernboodschap")[0].GetString());
        await Problem.AssertAsync(await PutAsync(noor, concept, "Zonder ETag (demo).", null), HttpStatusCode.PreconditionRequired, "ETag vereist");
        await Problem.AssertAsync(await SendAsync(noor, HttpMethod.Post, $"{Pad}/2022-03/definitief", null, null), HttpStatusCode.PreconditionRequired, "ETag vereist");
        await Problem.AssertAsync(await noor.GetAsync($"{Pad}/maart", Ct), HttpStatusCode.BadRequest, "Ongeldig verzoek");
        await Problem.AssertAsync(await noor.GetAsync($"{Pad}/2022-04", Ct), HttpStatusCode.NotFound, "Niet gevonden");
        using var kapot = new HttpRequestMessage(HttpMethod.Put, $"{Pad}/2022-03") { Content = new StringContent("{\"kernboodschap\": ", System.Text.Encoding.UTF8, "application/json") };
        kapot.Headers.TryAddWithoutValidation("If-Match", etag);
        await Problem.AssertAsync(await noor.SendAsync(kapot, Ct), HttpStatusCode.BadRequest, "Ongeldig verzoek");
        using var niets = new HttpRequestMessage(HttpMethod.Put, $"{Pad}/2022-03") { Content = new StringContent("null", System.Text.Encoding.UTF8, "application/json") };
        niets.Headers.TryAddWithoutValidation("If-Match", etag);
        await Problem.AssertAsync(await noor.SendAsync(niets, Ct), HttpStatusCode.BadRequest, "Ongeldig verzoek");
        await Problem.AssertAsync(await noor.PostAsync(Pad, new StringContent("maand=2022-05"), Ct), HttpStatusCode.UnsupportedMediaType, "Formaat niet ondersteund");
        await Problem.AssertAsync(await noor.PostAsJsonAsync(Pad, new { maand = 202205 }, Ct), HttpStatusCode.BadRequest, "Ongeldig verzoek");

        var gelezen = await JsonAsync(await noor.GetAsync($"{Pad}/2022-03", Ct), HttpStatusCode.OK);
        Assert.Equal((concept.GetProperty("kernboodschap").GetString(), 1), (gelezen.GetProperty("kernboodschap").GetString(), gelezen.GetProperty("versie").GetInt32()));
    }

    [Fact]
    public async Task A_gemeente_cannot_generate_and_sees_a_letter_only_once_it_is_final_others_get_404()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var noor = app.ClientAs("regio-coordinator");
        var velsen = app.ClientAs("velsen-inkoper");
        var aangemaakt = await noor.PostAsJsonAsync(Pad, new { maand = "2022-01" }, Ct);
        await JsonAsync(aangemaakt, HttpStatusCode.Created);

        await Problem.AssertAsync(await velsen.PostAsJsonAsync(Pad, new { maand = "2022-02" }, Ct), HttpStatusCode.Forbidden, "Geen toegang");
        Assert.Equal(0, (await JsonAsync(await velsen.GetAsync(Pad, Ct), HttpStatusCode.OK)).GetProperty("rapportages").GetArrayLength());
        await Problem.AssertAsync(await velsen.GetAsync($"{Pad}/2022-01", Ct), HttpStatusCode.NotFound, "Niet gevonden");
        await Problem.AssertAsync(await velsen.GetAsync($"{Pad}/2022-01/docx", Ct), HttpStatusCode.NotFound, "Niet gevonden");
        foreach (var buitenstaander in new[] { "jeugdzorg-tekenbevoegde", "thuishulp-medewerker", "platform-beheerder" })
        {
            var client = app.ClientAs(buitenstaander);
            await Problem.AssertAsync(await client.PostAsJsonAsync(Pad, new { maand = "2022-02" }, Ct), HttpStatusCode.NotFound, "Niet gevonden");
            await Problem.AssertAsync(await client.GetAsync(Pad, Ct), HttpStatusCode.NotFound, "Niet gevonden");
        }
        await Problem.AssertAsync(await noor.GetAsync("/api/regio/andere-regio/rapportages", Ct), HttpStatusCode.NotFound, "Niet gevonden");

        await JsonAsync(await SendAsync(noor, HttpMethod.Post, $"{Pad}/2022-01/definitief", null, aangemaakt.Headers.ETag!.ToString()), HttpStatusCode.OK);

        var lijst = await JsonAsync(await velsen.GetAsync(Pad, Ct), HttpStatusCode.OK);
        Assert.Equal("2022-01", Assert.Single(lijst.GetProperty("rapportages").EnumerateArray()).GetProperty("maand").GetString());
        Assert.False(lijst.GetProperty("magOpstellen").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await velsen.GetAsync($"{Pad}/2022-01/docx", Ct)).StatusCode);
        await Problem.AssertAsync(await SendAsync(velsen, HttpMethod.Post, $"{Pad}/2022-01/definitief", null, "\"x\""), HttpStatusCode.Forbidden, "Geen toegang");
    }

    [Fact]
    public async Task A_concept_downloads_marked_as_concept()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var noor = app.ClientAs("regio-coordinator");
        await JsonAsync(await noor.PostAsJsonAsync(Pad, new { maand = "2022-01" }, Ct), HttpStatusCode.Created);

        var download = await noor.GetAsync($"{Pad}/2022-01/docx", Ct);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("raadsinformatiebrief-zk-ijmond-2022-01-concept.docx", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("CONCEPT – nog niet definitief", Alineas(await download.Content.ReadAsByteArrayAsync(Ct))[0].Tekst);
    }

    internal static IReadOnlyList<(string? Stijl, string Tekst)> Alineas(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, p.InnerText))];
    }

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, JsonElement concept, string kernboodschap, string? etag) =>
        SendAsync(client, HttpMethod.Put, $"{Pad}/{concept.GetProperty("maand").GetString()}", new
        {
            aanleiding = concept.GetProperty("aanleiding").GetString(),
            kernboodschap,
            consequenties = concept.GetProperty("consequenties").GetString(),
            vervolg = concept.GetProperty("vervolg").GetString(),
        }, etag);

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, object? body, string? etag)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }
        return await client.SendAsync(request, Ct);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == status, $"Verwacht {(int)status}, kreeg {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
