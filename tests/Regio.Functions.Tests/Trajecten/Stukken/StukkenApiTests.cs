using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Regio.Functions.Features.Trajecten.Stukken;
using Regio.Tests;

namespace Regio.Functions.Tests.Trajecten.Stukken;

/// <summary>The documents API as a client with a bearer token uses it: publish, list, download, and what it refuses.</summary>
public class StukkenApiTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpClient> InkoperMetTrajectAsync(RegioAppFactory app, string id)
    {
        var inkoper = app.ClientAs("haarlem-inkoper");
        var aangemaakt = await inkoper.PostAsJsonAsync("/api/trajecten", new
        {
            id, naam = "Dagbesteding Haarlem (demo)", eigenaar = "gemeente:haarlem", procedure = "Openbaar", percelen = new[] { "Noord", "Zuid" },
        }, Ct);
        Assert.True(aangemaakt.StatusCode == HttpStatusCode.Created, await aangemaakt.Content.ReadAsStringAsync(Ct));
        return inkoper;
    }

    [Fact]
    public async Task Inkoper_publishes_a_pdf_as_multipart_and_downloads_it_back_with_the_same_SHA256()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var inkoper = await InkoperMetTrajectAsync(app, "stukken-api");
        var pdf = Testbestanden.Pdf();

        var gepubliceerd = await inkoper.PostAsync("/api/trajecten/stukken-api/documenten",
            Testbestanden.Formulier("Beschrijvend document", pdf, "Beschrijvend document é.pdf", perceel: "2"), Ct);
        Assert.True(gepubliceerd.StatusCode == HttpStatusCode.Created, await gepubliceerd.Content.ReadAsStringAsync(Ct));
        var stuk = (await gepubliceerd.Content.ReadFromJsonAsync<StukView>(Ct))!;
        var download = await inkoper.GetAsync(gepubliceerd.Headers.Location, Ct);

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf));
        Assert.Equal("/api/trajecten/stukken-api/documenten/beschrijvend-document/versies/1", gepubliceerd.Headers.Location!.OriginalString);
        Assert.Equal((2, 1, "PDF", sha256, pdf.LongLength), (stuk.Perceel, stuk.LaatsteVersie, stuk.Versies[0].Soort, stuk.Versies[0].Sha256, stuk.Versies[0].Grootte));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(sha256, download.Headers.GetValues("X-Regio-Sha256").Single());
        Assert.Equal($"sha-256=:{Convert.ToBase64String(SHA256.HashData(pdf))}:", download.Headers.GetValues("Repr-Digest").Single());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Beschrijvend document é.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task Aanbieder_downloads_a_document_of_the_published_jeugdhulp_traject_but_cannot_publish_there()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var pdf = Testbestanden.Pdf("Selectieleidraad");
        var gepubliceerd = await app.ClientAs("regio-coordinator").PostAsync("/api/trajecten/jeugdhulp-2023/documenten", Testbestanden.Formulier("Selectieleidraad", pdf), Ct);
        Assert.True(gepubliceerd.StatusCode == HttpStatusCode.Created, await gepubliceerd.Content.ReadAsStringAsync(Ct));
        var aanbieder = app.ClientAs("jeugdzorg-tekenbevoegde");

        var lijst = await aanbieder.GetFromJsonAsync<StukkenView>("/api/trajecten/jeugdhulp-2023/documenten", Ct);
        var download = await aanbieder.GetByteArrayAsync(lijst!.Documenten.Single().Versies.Single().Download, Ct);
        var poging = await aanbieder.PostAsync("/api/trajecten/jeugdhulp-2023/documenten/selectieleidraad/versies", Testbestanden.Formulier(null, pdf), Ct);

        Assert.False(lijst.MagPubliceren);
        Assert.Equal(pdf, download);
        await Problem.AssertAsync(poging, HttpStatusCode.Forbidden, "Geen toegang");
    }

    [Theory]
    [InlineData(null, "Bestek", "bestand", "Kies een bestand")]
    [InlineData("pdf", "  ", "titel", "Geef het document een titel")]
    [InlineData("pdf", "Bestek", "perceel", "geen perceel 7", "7")]
    [InlineData("pdf", "Bestek", "perceel", "Geef het nummer van een perceel", "een")]
    [InlineData("html", "Bestek", "bestand", "Dit bestand is geen PDF")]
    [InlineData("leeg", "Bestek", "bestand", "Het bestand is leeg")]
    public async Task Bad_input_is_a_Dutch_400_naming_the_field_and_changes_nothing(string? bestand, string titel, string veld, string melding, string? perceel = null)
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var inkoper = await InkoperMetTrajectAsync(app, "stukken-fout");
        var inhoud = bestand switch { "pdf" => Testbestanden.Pdf(), "html" => "<html>geen pdf</html>"u8.ToArray(), "leeg" => [], _ => null };

        var response = await inkoper.PostAsync("/api/trajecten/stukken-fout/documenten", Testbestanden.Formulier(titel, inhoud, "bestek.pdf", perceel), Ct);

        var body = await response.Content.ReadAsStringAsync(Ct);
        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "Ongeldig verzoek");
        var fout = JsonDocument.Parse(body).RootElement.GetProperty("errors").GetProperty(veld)[0].GetString()!;
        Assert.Contains(melding, fout, StringComparison.Ordinal);
        var lijst = await inkoper.GetFromJsonAsync<StukkenView>("/api/trajecten/stukken-fout/documenten", Ct);
        Assert.Empty(lijst!.Documenten);
    }

    [Fact]
    public async Task A_json_body_is_a_Dutch_415_that_says_to_send_multipart()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var inkoper = await InkoperMetTrajectAsync(app, "stukken-json");

        var response = await inkoper.PostAsJsonAsync("/api/trajecten/stukken-json/documenten", new { titel = "Bestek" }, Ct);

        var detail = await Problem.AssertAsync(response, HttpStatusCode.UnsupportedMediaType, "Formaat niet ondersteund");
        Assert.Contains("multipart/form-data", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_version_that_does_not_exist_is_404()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var inkoper = await InkoperMetTrajectAsync(app, "stukken-404");
        await inkoper.PostAsync("/api/trajecten/stukken-404/documenten", Testbestanden.Formulier("Bestek", Testbestanden.Pdf()), Ct);

        var response = await inkoper.GetAsync("/api/trajecten/stukken-404/documenten/bestek/versies/2", Ct);

        await Problem.AssertAsync(response, HttpStatusCode.NotFound, "Niet gevonden");
    }

    /// <summary>Every multipart upload of the API (documents, their versions, the dialogue's shared documents, budget sheets) is described as its form.</summary>
    [Theory]
    [InlineData("/api/trajecten/{trajectId}/documenten", "bestand,titel", "bestand,perceel,titel,toelichting")]
    [InlineData("/api/trajecten/{trajectId}/documenten/{documentId}/versies", "bestand", "bestand,toelichting")]
    [InlineData("/api/trajecten/{trajectId}/percelen/{nummer}/dialoog/rondes/{ronde}/documenten", "bestand,titel", "bestand,titel")]
    [InlineData("/api/gemeenten/{gemeenteId}/budget/import", "bestand,domein", "bestand,domein")]
    public async Task The_OpenAPI_document_describes_each_upload_as_a_multipart_form_with_a_binary_file(string pad, string verplicht, string velden)
    {
        await using var app = new RegioAppFactory(azurite);

        var document = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json", Ct)).RootElement;

        var formulier = document.GetProperty("paths").GetProperty(pad).GetProperty("post").GetProperty("requestBody")
            .GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema");
        Assert.Equal("binary", formulier.GetProperty("properties").GetProperty("bestand").GetProperty("format").GetString());
        Assert.Equal(verplicht, string.Join(",", formulier.GetProperty("required").EnumerateArray().Select(r => r.GetString()).Order()));
        Assert.Equal(velden, string.Join(",", formulier.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order()));
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_download_of_a_version()
    {
        await using var app = new RegioAppFactory(azurite);

        var document = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json", Ct)).RootElement;

        Assert.True(document.GetProperty("paths").TryGetProperty("/api/trajecten/{trajectId}/documenten/{documentId}/versies/{versie}", out _), "De download ontbreekt in OpenAPI.");
    }
}
