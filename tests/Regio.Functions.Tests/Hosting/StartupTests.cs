using Regio.Tests;

namespace Regio.Functions.Tests.Hosting;

public class StartupTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task App_without_an_Entra_app_registration_stops_at_startup_saying_what_is_missing()
    {
        await using var app = new RegioAppFactory(azurite, new Dictionary<string, string?> { ["AzureAd:ClientId"] = "" }, environment: "Production");

        var fout = Assert.Throws<InvalidOperationException>(() => app.CreateClient());

        Assert.Contains("AzureAd:ClientId ontbreekt", fout.Message, StringComparison.Ordinal);
    }
}
