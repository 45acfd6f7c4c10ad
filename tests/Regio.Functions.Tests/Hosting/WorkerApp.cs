using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Worker;
using Regio.Platform.Demo;
using Regio.Tests;

namespace Regio.Functions.Tests.Hosting;

/// <summary>
/// The app composed as Program composes it under the Functions host (FunctionsApplication, ASP.NET Core integration),
/// on the test run's Azurite. The host itself cannot run here, so <see cref="SendAsync"/> does what the worker does with
/// a request the host forwarded: the worker's routing has matched the catch-all function, the function runs with the
/// request's HttpContext, and its result is executed on that context.
/// </summary>
public sealed class WorkerApp : IDisposable
{
    public const string PublicHost = "regio-demo.azurewebsites.net";

    private readonly IHost _host;

    private WorkerApp(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public static async Task<WorkerApp> StartAsync(AzuriteFixture azurite)
    {
        var builder = FunctionsApplication.CreateBuilder([]);
        builder.Environment.EnvironmentName = Environments.Production;
        builder.Configuration.AddInMemoryCollection([
            new("Storage:ConnectionString", azurite.ConnectionString),
            new("Storage:Prefix", AzuriteFixture.NewPrefix()),
            new("AzureAd:ClientId", Auth.TestTokens.Audience),
            // The public host name as infra sets it, and Core Tools' local address that SendAsync calls.
            new("AllowedHosts", $"{PublicHost};127.0.0.1"),
        ]);
        builder.ConfigureFunctionsWebApplication();
        builder.AddRegio();
        builder.Services.AddSingleton<RegioPipeline>();
        builder.Services.AddSingleton<TimeProvider>(Testklok.Nieuw());
        RegioAppFactory.TrustTestSigningKeys(builder.Services);
        var host = builder.Build();
        // The host is not started (that needs the Functions host's gRPC channel), so its start-up work is done here.
        var demo = host.Services.GetRequiredService<DemoDataLoader>();
        await demo.LoadAsync(await DemoDataSet.ReadAsync(AzuriteFixture.DemoDataPath, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        return new WorkerApp(host);
    }

    public async Task<Antwoord> SendAsync(string method, string pathAndQuery, IDictionary<string, string>? headers = null, string? body = null)
    {
        using var scope = Services.CreateScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        var start = new Antwoordstart();
        context.Features.Set<IHttpResponseFeature>(start);
        var uri = new Uri("http://127.0.0.1:7071" + pathAndQuery);
        context.Request.Method = method;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString(uri.Authority);
        context.Request.Path = uri.AbsolutePath;
        context.Request.QueryString = new QueryString(uri.Query);
        context.Connection.RemoteIpAddress = IPAddress.Loopback;
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            context.Request.Headers[name] = value;
        }
        if (body is not null)
        {
            context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
            context.Request.ContentLength = context.Request.Body.Length;
        }
        var response = new MemoryStream();
        context.Response.Body = response;
        // What the worker's routing left on the context: its catch-all function's endpoint and route value.
        context.SetEndpoint(new Endpoint(_ => Task.CompletedTask, EndpointMetadataCollection.Empty, HttpFunction.Name));
        context.Request.RouteValues["path"] = pathAndQuery.TrimStart('/');

        var function = ActivatorUtilities.CreateInstance<HttpFunction>(scope.ServiceProvider);
        var result = await function.RunAsync(context.Request);
        await result.ExecuteAsync(context);
        await start.StartAsync();

        return new Antwoord(context.Response.StatusCode, context.Response.ContentType, context.Response.Headers.ToDictionary(h => h.Key, h => h.Value.ToString()),
            Encoding.UTF8.GetString(response.ToArray()));
    }

    public void Dispose() => _host.Dispose();

    public sealed record Antwoord(int Status, string? ContentType, IReadOnlyDictionary<string, string> Headers, string Body);

    /// <summary>
    /// The server's part that the worker's Kestrel plays: what the app asked to do when its answer starts (headers set at
    /// the last moment, such as the security headers and Cache-Control) is run once the answer is complete, newest first.
    /// </summary>
    private sealed class Antwoordstart : HttpResponseFeature
    {
        private readonly List<(Func<object, Task> Callback, object State)> _bijStart = [];

        public override void OnStarting(Func<object, Task> callback, object state) => _bijStart.Add((callback, state));

        public async Task StartAsync()
        {
            for (var i = _bijStart.Count - 1; i >= 0; i--)
            {
                await _bijStart[i].Callback(_bijStart[i].State);
            }
        }
    }
}
