using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Regio.Tests;

namespace Regio.Functions.Tests.Hosting;

/// <summary>
/// Found by the deadline rush: when storage is too busy to answer, the Azure SDK gives up after its network timeout with a
/// TaskCanceledException (in an AggregateException after its retries), although the request was never cancelled. That is
/// storage being unavailable, not a fault of ours.
/// </summary>
public class StorageTimeoutTests(AzuriteFixture azurite)
{
    private const string Path = "/test/opslag-te-traag";

    [Fact]
    public async Task A_storage_call_that_exceeded_the_network_timeout_answers_503_with_Retry_After_not_500()
    {
        await using var app = new RegioAppFactory(azurite).WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, Filter>()));

        var response = await app.CreateClient().GetAsync(Path, TestContext.Current.CancellationToken);

        await Problem.AssertAsync(response, HttpStatusCode.ServiceUnavailable, "Tijdelijk niet beschikbaar");
        Assert.NotNull(response.Headers.RetryAfter);
    }

    private sealed class Filter : IStartupFilter
    {
        // What Azure.Core throws after three attempts that each ran into ClientOptions.Retry.NetworkTimeout.
        private static AggregateException TeTraag() => new AggregateException("Retry failed after 3 tries.", Enumerable.Range(0, 3).Select(_ =>
            new TaskCanceledException("The operation was cancelled because it exceeded the configured timeout of 0:00:10.", new TaskCanceledException())));

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.UseRouting();
            app.UseEndpoints(e => e.MapGet(Path, IResult () => throw TeTraag()).AllowAnonymous());
        };
    }
}
