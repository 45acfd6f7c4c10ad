using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Regio.Functions.Tests.Budgetten;
using Regio.Functions.Tests.Trajecten.Stukken;
using Regio.Tests;

namespace Regio.Functions.Tests.Hosting;

/// <summary>
/// The malformed requests the fuzz found answered with 500 or 503 (FuzzTests): each is now the caller's 400, in Dutch,
/// naming the field or route parameter, and changes nothing.
/// </summary>
public class OngeldigeInvoerTests(AzuriteFixture azurite)
{
    private static readonly string EenMegabyte = new('a', 1 << 20);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> VeldfoutAsync(HttpResponseMessage response, string veld)
    {
        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "Ongeldig verzoek");
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(veld, out var fout), $"Het probleem noemt '{veld}' niet: {errors}");
        return fout[0].GetString()!;
    }

    [Fact]
    public async Task Null_inside_the_amounts_of_a_new_post_is_a_400_naming_the_element_and_changes_no_budget()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var client = app.ClientAs("haarlem-budgethouder");
        var (voor, etag) = await BudgetWijzigingApiTests.JeugdAsync(client);

        var response = await BudgetWijzigingApiTests.SendAsync(client, HttpMethod.Post, "/api/gemeenten/haarlem/budget/jeugd/posten",
            new { post = "Nieuwe post (demo)", bedragen = new object?[] { null }, reden = "Fuzz (demo)" }, etag);

        Assert.Contains("null", await VeldfoutAsync(response, "bedragen[0]"), StringComparison.Ordinal);
        Assert.Equal(voor.GetRawText(), (await BudgetWijzigingApiTests.JeugdAsync(client)).Budget.GetRawText());
    }

    [Fact]
    public async Task Null_inside_the_contract_value_of_a_verdeling_is_a_400_naming_the_element_and_records_nothing()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var coordinator = app.ClientAs("regio-coordinator");
        const string Pad = "/api/trajecten/jeugdhulp-2023/percelen/1/verdeling";
        var voor = await coordinator.GetStringAsync(Pad, Ct);

        using var body = new StringContent("""{"contractwaarde":[null],"aandelen":[{"gemeente":"haarlem","deel":"1/1"}]}""", Encoding.UTF8, "application/json");
        var response = await coordinator.PutAsync(Pad, body, Ct);

        await VeldfoutAsync(response, "contractwaarde[0]");
        Assert.Equal(voor, await coordinator.GetStringAsync(Pad, Ct));
    }

    [Theory]
    [InlineData("jeugdzorg-tekenbevoegde", "/api/aanbieders/combinaties", "trajectId", """{"perceel":1,"naam":"Fuzz (demo)","verklaringen":["Uea"],"trajectId":""")]
    [InlineData("regio-coordinator", "/api/trajecten/jeugdhulp-2023/percelen/1/dialoog/deelnemers", "aanbieder", """{"aanbieder":""")]
    [InlineData("regio-coordinator", "/api/trajecten/jeugdhulp-2023/percelen/1/dialoog/rondes/1/sessies", "deelnemer",
        """{"datum":"2026-01-06","tijd":"10:00","locatie":"Fuzz (demo)","deelnemer":""")]
    public async Task An_id_of_a_megabyte_in_a_body_is_a_400_naming_the_field(string actor, string pad, string veld, string begin)
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        using var body = new StringContent($"{begin}\"{EenMegabyte}\"}}", Encoding.UTF8, "application/json");
        var response = await app.ClientAs(actor).PostAsync(pad, body, Ct);

        Assert.Contains("geen geldig id", await VeldfoutAsync(response, veld), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/trajecten/{0}", "trajectId")]
    [InlineData("/api/gemeenten/{0}/budget", "gemeenteId")]
    [InlineData("/api/aanbieders/combinaties/{0}", "combinatieId")]
    [InlineData("/api/trajecten/jeugdhulp-2023/percelen/1/dialoog/rondes/1/sessies/{0}", "deelnemer")]
    public async Task An_id_of_odd_characters_in_the_route_is_a_400_naming_the_parameter_not_a_storage_outage(string pad, string parameter)
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var response = await app.ClientAs("regio-coordinator").GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, pad, Uri.EscapeDataString("#?/\\")), Ct);

        await VeldfoutAsync(response, parameter);
        Assert.Null(response.Headers.RetryAfter);
    }

    [Theory]
    [InlineData("regio-coordinator", "/api/trajecten/jeugdhulp-2023/documenten")]
    [InlineData("regio-coordinator", "/api/trajecten/jeugdhulp-2023/percelen/1/dialoog/rondes/1/documenten")]
    [InlineData("haarlem-budgethouder", "/api/gemeenten/haarlem/budget/import")]
    public async Task A_multipart_body_that_ends_before_its_closing_boundary_is_a_Dutch_400(string actor, string pad)
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        using var form = pad.Contains("budget", StringComparison.Ordinal)
            ? Budgetbladen.Formulier("jeugd", Budgetbladen.Jeugd2026)
            : Testbestanden.Formulier("Fuzz (demo)", Testbestanden.Pdf());
        var boundary = form.Headers.ContentType!.Parameters.Single(p => p.Name == "boundary").Value!;
        var bytes = await form.ReadAsByteArrayAsync(Ct);
        using var afgebroken = new ByteArrayContent(bytes[..^Encoding.ASCII.GetByteCount($"--{boundary.Trim('"')}--\r\n")]);
        afgebroken.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");

        var response = await app.ClientAs(actor).PostAsync(pad, afgebroken, Ct);

        var detail = await Problem.AssertAsync(response, HttpStatusCode.BadRequest, "Ongeldig verzoek");
        Assert.Contains("niet volledig aan", detail, StringComparison.Ordinal);
    }
}
