using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Regio.Tests;
using static Regio.Functions.Tests.Trajecten.Gunningen.Gunningsperceel;

namespace Regio.Functions.Tests.Trajecten.Gunningen;

/// <summary>Bad input to the gunning and its bezwaren: a Dutch 400 per field, and nothing changes.</summary>
public class GunningInvoerApiTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Bad_input_gets_a_Dutch_400_that_names_the_field_and_changes_nothing()
    {
        await using var p = await MaakAsync(azurite, "gunning-invoer", new Dictionary<string, (int, int)> { [Jeugdzorg] = (8, 8), [Thuishulp] = (8, 8), [Duinstreek] = (2, 2) });
        async Task<string> Fout(HttpResponseMessage r, string veld)
        {
            var body = await r.Content.ReadAsStringAsync(Ct);
            Assert.True(r.StatusCode == HttpStatusCode.BadRequest, body);
            Assert.Contains($"\"{veld}\"", body, StringComparison.Ordinal);
            return body;
        }

        await Fout(await p.Inkoper.PostAsJsonAsync($"{p.Pad}/gunning", new { winnaars = Array.Empty<string>() }, Ct), "winnaars");
        await Fout(await p.Inkoper.PostAsJsonAsync($"{p.Pad}/gunning", new { winnaars = new[] { "aanbieder|onbekend" } }, Ct), "winnaars");
        var gelijk = await Fout(await p.Inkoper.PostAsJsonAsync($"{p.Pad}/gunning", new { winnaars = new[] { Jeugdzorg } }, Ct), "afwijking");
        Assert.Contains("Thuishulp IJmond (demo)", gelijk, StringComparison.Ordinal);
        var body = await (await p.Inkoper.PostAsync($"{p.Pad}/gunning", new StringContent("{\"winnaars\": 5}", System.Text.Encoding.UTF8, "application/json"), Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("Ongeldig verzoek", body, StringComparison.Ordinal);
        Assert.Equal("geen", (await p.GunningAsync(p.Inkoper)).GetProperty("status").GetString());

        var met = await p.Inkoper.PostAsJsonAsync($"{p.Pad}/gunning", new { winnaars = new[] { Jeugdzorg }, afwijking = "Loting bij gelijke stand, leidraad 4.2 (demo)" }, Ct);
        await Verwacht(met, "concept met reden");
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await p.Inkoper.PostAsync($"{p.Pad}/gunning/verzenden", null, Ct)).StatusCode);
        await Verwacht(await GepubliceerdTraject.SendAsync(p.Inkoper, HttpMethod.Post, $"{p.Pad}/gunning/verzenden", new { }, met.Headers.ETag!.ToString(), Ct), "verzenden");
        var thuishulp = p.App.ClientAs("thuishulp-medewerker");
        await Fout(await thuishulp.PostAsJsonAsync($"{p.Pad}/bezwaren", new { soort = "Klacht", toelichting = "x" }, Ct), "soort");
        await Fout(await thuishulp.PostAsJsonAsync($"{p.Pad}/bezwaren", new { soort = "AanvullendeMotivering", toelichting = " " }, Ct), "toelichting");
        await Verwacht(await thuishulp.PostAsJsonAsync($"{p.Pad}/bezwaren", new { soort = "AanvullendeMotivering", toelichting = "Waarom loting? (demo)" }, Ct), "verzoek");
        await Fout(await p.Inkoper.PutAsJsonAsync($"{p.Pad}/bezwaren/1", new { antwoordDatum = Datum(p.Vandaag.AddDays(1)), antwoord = "Later (demo)" }, Ct), "antwoordDatum");
        await Fout(await p.Inkoper.PutAsJsonAsync($"{p.Pad}/bezwaren/1", new { zitting = Datum(p.Vandaag) }, Ct), "zitting");
        Assert.Equal(HttpStatusCode.NotFound, (await p.Inkoper.PutAsJsonAsync($"{p.Pad}/bezwaren/9", new { zitting = Datum(p.Vandaag) }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await p.Inkoper.PostAsJsonAsync($"{p.Pad}/bezwaren", new { soort = "KortGeding", toelichting = "x" }, Ct)).StatusCode);
        var bezwaar = JsonDocument.Parse(await thuishulp.GetStringAsync($"{p.Pad}/bezwaren", Ct)).RootElement;
        Assert.True(Assert.Single(bezwaar.EnumerateArray()).GetProperty("loopt").GetBoolean());
    }
}
