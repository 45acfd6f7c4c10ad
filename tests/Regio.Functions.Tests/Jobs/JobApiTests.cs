using System.Net;
using System.Text.Json;
using Regio.Tests;

namespace Regio.Functions.Tests.Jobs;

/// <summary>/api/beheer/taken: the platform beheerder sees the jobs and starts one; nobody else may.</summary>
public class JobApiTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_beheerder_lists_every_job_with_its_schedule_and_starts_the_audit_verification()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var beheerder = app.ClientAs("platform-beheerder");

        var start = await beheerder.PostAsync("/api/beheer/taken/audit-controle/start", null, Ct);
        var lijst = await beheerder.GetAsync("/api/beheer/taken", Ct);

        var run = JsonDocument.Parse(await start.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.True(start.StatusCode == HttpStatusCode.OK, run.ToString());
        Assert.Equal(("Gedaan", "Rosa Meijer (demo)"), (run.GetProperty("status").GetString(), run.GetProperty("door").GetString()));
        Assert.Contains("alle ketens zijn heel", run.GetProperty("samenvatting").GetString(), StringComparison.Ordinal);
        var taken = JsonDocument.Parse(await lijst.Content.ReadAsStringAsync(Ct)).RootElement.EnumerateArray().ToDictionary(t => t.GetProperty("naam").GetString()!);
        Assert.Equal(["audit-controle", "signalen", "upload-opruiming"], taken.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("0 0 3 * * *", taken["audit-controle"].GetProperty("schema").GetString());
        Assert.Equal(1, taken["audit-controle"].GetProperty("laatsteKeren").GetArrayLength());
        Assert.Equal(0, taken["signalen"].GetProperty("laatsteKeren").GetArrayLength());
    }

    [Fact]
    public async Task Anyone_but_the_platform_beheerder_is_refused_and_starts_nothing()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var inkoper = await app.ClientAs("haarlem-inkoper").PostAsync("/api/beheer/taken/audit-controle/start", null, Ct);
        var aanbieder = await app.ClientAs("jeugdzorg-tekenbevoegde").GetAsync("/api/beheer/taken", Ct);
        var lijst = await app.ClientAs("platform-beheerder").GetAsync("/api/beheer/taken", Ct);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (inkoper.StatusCode, aanbieder.StatusCode));
        Assert.Equal("application/problem+json", inkoper.Content.Headers.ContentType?.MediaType);
        var taken = JsonDocument.Parse(await lijst.Content.ReadAsStringAsync(Ct)).RootElement.EnumerateArray();
        Assert.All(taken, t => Assert.Equal(0, t.GetProperty("laatsteKeren").GetArrayLength()));
    }

    [Fact]
    public async Task An_unknown_job_is_not_found()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var response = await app.ClientAs("platform-beheerder").PostAsync("/api/beheer/taken/bestaat-niet/start", null, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
