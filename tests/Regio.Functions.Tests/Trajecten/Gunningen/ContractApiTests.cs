using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Regio.Tests;
using static Regio.Functions.Tests.Trajecten.Gunningen.Gunningsperceel;

namespace Regio.Functions.Tests.Trajecten.Gunningen;

/// <summary>Contracts after the definitive award: the start moves with a reason and If-Match, and every move is kept.</summary>
public class ContractApiTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, (int, int)> Scores = new() { [Jeugdzorg] = (10, 8), [Thuishulp] = (8, 8), [Duinstreek] = (4, 6) };

    [Fact]
    public async Task A_contract_start_moves_with_a_reason_and_If_Match_and_keeps_every_move()
    {
        await using var p = await MaakAsync(azurite, "gunning-start", Scores);
        await Verwacht(await p.GunAsync(Jeugdzorg), "verzenden");
        p.Klok.SetUtcNow(p.Klok.GetUtcNow().AddDays(30));
        await Verwacht(await p.Inkoper.PostAsJsonAsync($"{p.Pad}/gunning/definitief", new { startdatum = Datum(p.Start) }, Ct), "definitief");
        var id = $"{p.Traject}.1.aanbieder.demo-jeugdzorg-kennemerland";
        var gelezen = await p.Inkoper.GetAsync($"/api/contracten/{id}", Ct);
        var etag = gelezen.Headers.ETag!.ToString();

        var zonderReden = await GepubliceerdTraject.SendAsync(p.Inkoper, HttpMethod.Put, $"/api/contracten/{id}/startdatum", new { startdatum = Datum(p.LatereStart), reden = "" }, etag, Ct);
        var fout = await zonderReden.Content.ReadAsStringAsync(Ct);
        Assert.True(zonderReden.StatusCode == HttpStatusCode.BadRequest, fout);
        Assert.Contains("vraagt een reden", fout, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await p.Inkoper.PutAsJsonAsync($"/api/contracten/{id}/startdatum", new { startdatum = Datum(p.LatereStart), reden = "x" }, Ct)).StatusCode);

        var verplaatst = await GepubliceerdTraject.SendAsync(p.Inkoper, HttpMethod.Put, $"/api/contracten/{id}/startdatum",
            new { startdatum = Datum(p.LatereStart), reden = "Inwerkingtreding opgeschort vanwege kort geding (demo)" }, etag, Ct);
        Assert.True(verplaatst.StatusCode == HttpStatusCode.OK, await verplaatst.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await GepubliceerdTraject.SendAsync(p.Inkoper, HttpMethod.Put, $"/api/contracten/{id}/startdatum",
            new { startdatum = Datum(p.LatereStart.AddMonths(1)), reden = "Oude ETag (demo)" }, etag, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await GepubliceerdTraject.SendAsync(p.Inkoper, HttpMethod.Put, $"/api/contracten/{id}/startdatum",
            new { startdatum = Datum(p.LatereStart.AddMonths(1)), reden = "Geen versie van ons (demo)" }, "W/\"datetime'2026-12-07T17%3A40%3A00Z'\"", Ct)).StatusCode);
        var contract = JsonDocument.Parse(await p.App.ClientAs("jeugdzorg-tekenbevoegde").GetStringAsync($"/api/contracten/{id}", Ct)).RootElement;
        Assert.Equal(Datum(p.LatereStart), contract.GetProperty("startdatum").GetString());
        Assert.Equal(Datum(p.Start), contract.GetProperty("oorspronkelijkeStart").GetString());
        var verschuiving = Assert.Single(contract.GetProperty("verschuivingen").EnumerateArray());
        Assert.Equal("Inwerkingtreding opgeschort vanwege kort geding (demo)", verschuiving.GetProperty("reden").GetString());
        Assert.Equal(Datum(p.LatereStart.AddYears(3)), contract.GetProperty("evaluaties")[0].GetProperty("datum").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await GepubliceerdTraject.SendAsync(p.App.ClientAs("jeugdzorg-tekenbevoegde"), HttpMethod.Put, $"/api/contracten/{id}/bedrag",
            new { bedragPerJaar = 5 }, contract.GetProperty("eTag").GetString(), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await p.App.ClientAs("thuishulp-medewerker").GetAsync($"/api/contracten/{id}", Ct)).StatusCode);
    }
}
