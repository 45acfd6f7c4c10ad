using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Regio.Tests;

namespace Regio.Functions.Tests.OpenData;

/// <summary>The OCDS export of the demo: public without signing in, valid against the official OCDS 1.1.5 schemas and ours, and only what is public.</summary>
public class OcdsApiTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static async Task<(string Json, JsonElement Root)> ReadAsync(HttpClient client, string pad)
    {
        var response = await client.GetAsync(pad, Ct);
        var json = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{pad}: {(int)response.StatusCode} {json}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (json, JsonDocument.Parse(json).RootElement);
    }

    internal static JsonElement Compiled(JsonElement records, string ocid) =>
        records.GetProperty("records").EnumerateArray().Single(r => r.GetProperty("ocid").GetString() == ocid).GetProperty("compiledRelease");

    [Fact]
    public async Task The_demo_export_validates_against_the_OCDS_schema_without_signing_in()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var anoniem = app.CreateClient();

        var (releases, releaseRoot) = await ReadAsync(anoniem, "/api/ocds/releases");
        var (records, recordRoot) = await ReadAsync(anoniem, "/api/ocds/records");

        Assert.Empty(await OcdsSchema.ReleasePackageFoutenAsync(releases));
        Assert.Empty(await OcdsSchema.RecordPackageFoutenAsync(records));
        Assert.Equal("1.1", releaseRoot.GetProperty("version").GetString());
        Assert.Equal(["ocds-regio-gewoon-in-de-wijk", "ocds-regio-huishoudelijke-ondersteuning-2022", "ocds-regio-jeugdhulp-2023"],
            recordRoot.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("ocid").GetString()));
        Assert.Equal(releaseRoot.GetProperty("releases").GetArrayLength(),
            recordRoot.GetProperty("records").EnumerateArray().Sum(r => r.GetProperty("releases").GetArrayLength()));

        var jeugdhulp = Compiled(recordRoot, "ocds-regio-jeugdhulp-2023");
        Assert.Equal(("gemeente-haarlem", "Gemeente Haarlem"), (jeugdhulp.GetProperty("buyer").GetProperty("id").GetString(), jeugdhulp.GetProperty("buyer").GetProperty("name").GetString()));
        Assert.Equal("regio-zk-ijmond", jeugdhulp.GetProperty("tender").GetProperty("procuringEntity").GetProperty("id").GetString());
        Assert.Equal("selective", jeugdhulp.GetProperty("tender").GetProperty("procurementMethod").GetString());
        Assert.Equal(["Complexe jeugdhulp", "Enkelvoudige jeugdhulp"], jeugdhulp.GetProperty("tender").GetProperty("lots").EnumerateArray().Select(l => l.GetProperty("title").GetString()));
        var eerste = recordRoot.GetProperty("records").EnumerateArray().Single(r => r.GetProperty("ocid").GetString() == "ocds-regio-jeugdhulp-2023").GetProperty("releases")[0];
        Assert.StartsWith("2022-01-19T00:00:00", eerste.GetProperty("date").GetString(), StringComparison.Ordinal);

        // Huishoudelijke ondersteuning: awarded on 16-12-2021 to seven aanbieders the platform does not know, contracted since.
        var ho = Compiled(recordRoot, "ocds-regio-huishoudelijke-ondersteuning-2022");
        Assert.Equal("complete", ho.GetProperty("tender").GetProperty("status").GetString());
        var gunning = Assert.Single(ho.GetProperty("awards").EnumerateArray());
        Assert.StartsWith("2021-12-16T00:00:00", gunning.GetProperty("date").GetString(), StringComparison.Ordinal);
        Assert.Empty(gunning.GetProperty("suppliers").EnumerateArray());
        Assert.False(ho.TryGetProperty("bids", out _), "Geen inschrijvingen op het platform: er is geen aantal te publiceren.");
    }

    [Fact]
    public async Task The_schema_check_refuses_a_release_without_ocid_with_an_unknown_tag_or_with_a_field_we_never_publish()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var (json, _) = await ReadAsync(app.CreateClient(), "/api/ocds/releases");

        static string Wijzig(string json, Action<JsonObject> wijziging)
        {
            var package = JsonNode.Parse(json)!.AsObject();
            wijziging(package["releases"]![0]!.AsObject());
            return package.ToJsonString();
        }

        // Each check is made against the official OCDS 1.1.5 schema and against ours; the errors say which one refused.
        var zonderOcid = await OcdsSchema.ReleasePackageFoutenAsync(Wijzig(json, r => r.Remove("ocid")));
        Assert.Contains(zonderOcid, f => f.StartsWith("OCDS 1.1.5 ", StringComparison.Ordinal) && f.Contains("PropertyRequired", StringComparison.Ordinal));
        Assert.Contains(zonderOcid, f => f.StartsWith("Regio ", StringComparison.Ordinal) && f.Contains("PropertyRequired", StringComparison.Ordinal));
        Assert.Contains(await OcdsSchema.ReleasePackageFoutenAsync(Wijzig(json, r => r["tag"] = new JsonArray("voorlopigeGunning"))), f => f.StartsWith("OCDS 1.1.5 ", StringComparison.Ordinal));
        Assert.Contains(await OcdsSchema.ReleasePackageFoutenAsync(Wijzig(json, r => r["date"] = "16-12-2021")), f => f.StartsWith("OCDS 1.1.5 ", StringComparison.Ordinal));
        // OCDS lets a publisher add fields; ours does not, so a field we never meant to publish is caught.
        var budget = await OcdsSchema.ReleasePackageFoutenAsync(Wijzig(json, r => r["tender"]!["budget"] = 3_000_000));
        Assert.Equal(["Regio"], budget.Select(f => f.Split(' ')[0]).Distinct());
    }

    [Fact]
    public async Task A_gemeentes_budget_its_shares_and_its_lokale_keuzes_are_never_in_the_export()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        await Budgetten.AandeelPostApiTests.VerdeelAsync(app);
        await Antwoord(await app.ClientAs("haarlem-beleidsmedewerker").PostAsJsonAsync("/api/gemeenten/haarlem/lokale-keuzes", new
        {
            naam = "Wijkteam Zeemeeuw (demo)", onderwerp = "Toegang", omschrijving = "Kwartiermakers aan de Zeemeeuwlaan (demo)", gedeeldMetRegio = true,
        }, Ct));

        var anoniem = app.CreateClient();
        var export = (await ReadAsync(anoniem, "/api/ocds/releases")).Json + (await ReadAsync(anoniem, "/api/ocds/records")).Json;

        foreach (var geheim in new[] { "3000000", "Zeemeeuw", "Kwartiermakers", "Sociale Basis", "14703", "taakgericht", "Taakgericht", "amount", "value\"" })
            Assert.False(export.Contains(geheim, StringComparison.Ordinal), $"De open data bevat '{geheim}'.");
    }

    [Fact]
    public async Task A_traject_in_preparation_is_not_in_the_export_and_its_ocid_answers_404_and_a_malformed_ocid_400()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        await Antwoord(await app.ClientAs("haarlem-inkoper").PostAsJsonAsync("/api/trajecten", new
        {
            id = "stil-in-voorbereiding", naam = "Nog niet aangekondigd (demo)", eigenaar = "gemeente:haarlem", procedure = "Openbaar", percelen = new[] { "Enig perceel" },
        }, Ct));
        var anoniem = app.CreateClient();

        var (export, _) = await ReadAsync(anoniem, "/api/ocds/records");
        Assert.DoesNotContain("stil-in-voorbereiding", export, StringComparison.Ordinal);
        var onbekend = await anoniem.GetAsync("/api/ocds/releases?ocid=ocds-regio-stil-in-voorbereiding", Ct);
        Assert.Equal(HttpStatusCode.NotFound, onbekend.StatusCode);
        Assert.Equal("application/problem+json", onbekend.Content.Headers.ContentType?.MediaType);

        var fout = await anoniem.GetAsync("/api/ocds/records?ocid=jeugdhulp-2023", Ct);
        var probleem = JsonDocument.Parse(await fout.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal(HttpStatusCode.BadRequest, fout.StatusCode);
        Assert.Contains("begint met 'ocds-regio-'", probleem.GetProperty("errors").GetProperty("ocid")[0].GetString(), StringComparison.Ordinal);

        var een = (await ReadAsync(anoniem, "/api/ocds/records?ocid=ocds-regio-jeugdhulp-2023")).Root;
        Assert.Equal("ocds-regio-jeugdhulp-2023", Assert.Single(een.GetProperty("records").EnumerateArray()).GetProperty("ocid").GetString());
    }

    private static async Task Antwoord(HttpResponseMessage response) =>
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
}
