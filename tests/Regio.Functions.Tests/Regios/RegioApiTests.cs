using System.Net;
using System.Net.Http.Json;
using Regio.Functions.Features.Regios;
using Regio.Tests;

namespace Regio.Functions.Tests.Regios;

public class RegioApiTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Api_regio_answers_the_regio_with_its_gemeenten_and_trajecten()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var regio = await app.CreateClient().GetFromJsonAsync<RegioView>("/api/regio", TestContext.Current.CancellationToken);

        Assert.Equal("zk-ijmond", regio!.Id);
        Assert.Equal(["haarlem", "zandvoort", "bloemendaal", "heemstede", "velsen", "beverwijk", "heemskerk"], regio.Gemeenten.Select(g => g.Id));
        Assert.Equal(4, regio.Gemeenten.Count(g => g.Subregio == "Zuid-Kennemerland"));
        var trajecten = regio.Trajecten.ToDictionary(t => t.Id);
        Assert.Equal(3, trajecten.Count);
        Assert.Equal("regio:zk-ijmond", trajecten["jeugdhulp-2023"].Eigenaar);
        Assert.Equal(7, trajecten["jeugdhulp-2023"].Deelnemers.Count);
        Assert.Equal("Dialooggericht", trajecten["gewoon-in-de-wijk"].Procedure);
        Assert.Equal("Gecontracteerd", trajecten["huishoudelijke-ondersteuning-2022"].Fase);
    }

    [Fact]
    public async Task Api_regio_is_a_Dutch_404_problem_before_the_regio_is_loaded()
    {
        await using var app = new RegioAppFactory(azurite);

        var response = await app.CreateClient().GetAsync("/api/regio", TestContext.Current.CancellationToken);

        await Problem.AssertAsync(response, HttpStatusCode.NotFound, "Niet gevonden");
    }

    [Fact]
    public async Task Demo_region_is_loaded_at_startup_when_configured()
    {
        await using var app = new RegioAppFactory(azurite, new Dictionary<string, string?> { ["Startup:LoadDemoData"] = "true" });
        var client = app.CreateClient();

        var response = await Eventually(() => client.GetAsync("/api/regio", TestContext.Current.CancellationToken), r => r.StatusCode == HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<T> Eventually<T>(Func<Task<T>> action, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var result = await action();
            if (done(result) || DateTime.UtcNow > deadline)
            {
                return result;
            }
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
