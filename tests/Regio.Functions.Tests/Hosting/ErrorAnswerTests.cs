using System.Net;
using System.Text;
using Regio.Platform.Storage.Development;
using Regio.Tests;

namespace Regio.Functions.Tests.Hosting;

public class ErrorAnswerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Unknown_route_is_a_Dutch_404_problem()
    {
        await using var app = new RegioAppFactory(azurite);

        var response = await app.CreateClient().GetAsync("/bestaat-niet", TestContext.Current.CancellationToken);

        await Problem.AssertAsync(response, HttpStatusCode.NotFound, "Niet gevonden");
    }

    [Fact]
    public async Task Unsupported_method_is_a_Dutch_405_problem()
    {
        await using var app = new RegioAppFactory(azurite);

        using var body = new StringContent("{}", Encoding.UTF8, "application/json");
        var response = await app.CreateClient().PostAsync("/api/regio", body, TestContext.Current.CancellationToken);

        await Problem.AssertAsync(response, HttpStatusCode.MethodNotAllowed, "Methode niet toegestaan");
    }

    [Theory]
    [InlineData("/api/regio")]
    [InlineData("/")]
    public async Task Storage_outage_is_a_503_problem_with_Retry_After(string path)
    {
        var ports = AzuriteProcess.FreePorts();
        await using var app = new RegioAppFactory(AzuriteProcess.ConnectionStringFor(ports));

        var response = await app.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);

        var detail = await Problem.AssertAsync(response, HttpStatusCode.ServiceUnavailable, "Tijdelijk niet beschikbaar");
        Assert.Contains("niets gewijzigd", detail, StringComparison.Ordinal);
        Assert.NotNull(response.Headers.RetryAfter);
    }
}
