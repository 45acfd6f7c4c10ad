using System.Net.Http.Json;
using System.Text.Json;
using Regio.Platform.Demo;

namespace Regio.Functions.Tests.Auth;

/// <summary>
/// The other direction across regio's: the people of Zuid-Kennemerland en IJmond against the made-up Kustregio (demo),
/// whose gemeente Zeedorp and whose coordinator each prepare a traject that nobody outside may know of yet.
/// </summary>
public partial class IsolationMatrixTests
{
    private const string GeheimZeedorp = "Geheim lokaal traject van Zeedorp (demo)";

    private const string GeheimKustregio = "Geheim regionaal traject van de Kustregio (demo)";

    private static readonly string[] KustOrganisaties = ["zeedorp", "duinwijk", "polderdam", "demo-kustregio", "demo-kustzorg"];

    private static readonly string[] EersteRegio =
        ["haarlem-inkoper", "haarlem-budgethouder", "velsen-inkoper", "regio-coordinator", "jeugdzorg-tekenbevoegde", "thuishulp-medewerker"];

    [Fact]
    public async Task No_one_of_the_first_regio_reaches_the_second_regios_resources_through_any_api_endpoint()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var kustMensen = DemoOrganisaties.Lees().Gebruikers.Where(g => KustOrganisaties.Contains(g.Organisatie)).ToList();
        var merel = kustMensen.Single(g => g.Id == "zeedorp-budgethouder");
        var zeedorp = app.ClientAs("zeedorp-inkoper");
        var lokaal = await zeedorp.PostAsJsonAsync("/api/trajecten",
            new { id = "zeedorp-geheim", naam = GeheimZeedorp, eigenaar = "gemeente:zeedorp", procedure = "Openbaar", percelen = new[] { "Perceel A" } }, ct);
        var regionaal = await app.ClientAs("kust-coordinator").PostAsJsonAsync("/api/trajecten",
            new { id = "kust-geheim", naam = GeheimKustregio, eigenaar = "regio:demo-kustregio", procedure = "Openbaar", percelen = new[] { "Vervoer" } }, ct);
        Assert.True(lokaal.IsSuccessStatusCode, await lokaal.Content.ReadAsStringAsync(ct));
        Assert.True(regionaal.IsSuccessStatusCode, await regionaal.Content.ReadAsStringAsync(ct));
        var organisatieBefore = await zeedorp.GetStringAsync("/api/organisaties/zeedorp", ct);
        var trajectBefore = await zeedorp.GetStringAsync("/api/trajecten/zeedorp-geheim", ct);
        var merelEtag = JsonDocument.Parse(organisatieBefore).RootElement.GetProperty("leden").EnumerateArray()
            .Single(l => l.GetProperty("objectId").GetGuid() == merel.ObjectId).GetProperty("eTag").GetString()!;
        var values = new Dictionary<string, string>(VasteWaarden)
        {
            ["id"] = "zeedorp",
            ["gemeenteId"] = "zeedorp",
            ["regioId"] = "demo-kustregio",
            ["trajectId"] = "zeedorp-geheim",
            ["organisatieId"] = "demo-kustzorg",
            ["combinatieId"] = "0123456789abcdef0123456789abcdef",
            ["tenantId"] = RegioAppFactory.TenantOf(merel).ToString(),
            ["objectId"] = merel.ObjectId.ToString(),
            ["beoordelaar"] = "zeedorp-inkoper",
            ["contractId"] = "zeedorp-geheim.1.aanbieder.demo-kustzorg",
        };
        var secrets = kustMensen.SelectMany(m => new[] { m.ObjectId.ToString(), m.Naam }).Append(GeheimZeedorp).Append(GeheimKustregio).ToList();

        var (endpoints, leaks) = await MatrixAsync(app, EersteRegio, values, secrets, lokaal.Headers.ETag!.ToString(), merelEtag, zelf: null);

        TestContext.Current.SendDiagnosticMessage($"Isolatiematrix tweede regio: {endpoints.Count} endpoints x {EersteRegio.Length} actoren = {endpoints.Count * EersteRegio.Length} aanroepen");
        Console.WriteLine($"Isolatiematrix tweede regio: {endpoints.Count} endpoints x {EersteRegio.Length} actoren = {endpoints.Count * EersteRegio.Length} aanroepen");
        Assert.True(leaks.Count == 0, "Lekken:\n" + string.Join("\n", leaks));
        Assert.Equal(organisatieBefore, await zeedorp.GetStringAsync("/api/organisaties/zeedorp", ct));
        Assert.Equal(trajectBefore, await zeedorp.GetStringAsync("/api/trajecten/zeedorp-geheim", ct));
    }
}
