using System.Net.Http.Headers;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Regio.Functions.Features.Inloggen.Ontwikkeling;
using Regio.Functions.Tests.Auth;
using Regio.Platform.Demo;
using Regio.Tests;

namespace Regio.Functions.Tests;

/// <summary>
/// The real app, in Development as `dotnet run` starts it (or in another environment), on the test run's Azurite with
/// tables of its own. Bearer tokens signed with <see cref="TestTokens.EntraKey"/> are trusted as Entra's would be.
/// The demo region is loaded explicitly (<see cref="LoadDemoDataAsync"/>) so that a test knows when it is there.
/// </summary>
public sealed class RegioAppFactory(string connectionString, IDictionary<string, string?>? settings = null, string environment = "Development")
    : WebApplicationFactory<Program>
{
    public RegioAppFactory(AzuriteFixture azurite, IDictionary<string, string?>? settings = null, string environment = "Development")
        : this(azurite.ConnectionString, settings, environment)
    {
    }

    /// <summary>A client that calls as a demo user, with a token as Entra ID would issue it.</summary>
    public HttpClient ClientAs(string demoGebruiker)
    {
        var gebruiker = DemoOrganisaties.Lees().Gebruikers.Single(g => g.Id == demoGebruiker);
        return ClientWithToken(TestTokens.Mint(TenantOf(gebruiker), gebruiker.ObjectId, gebruiker.Naam));
    }

    public HttpClient ClientWithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static Guid TenantOf(DemoGebruiker gebruiker)
    {
        var demo = DemoOrganisaties.Lees();
        var regio = DemoDataSet.ReadAsync(AzuriteFixture.DemoDataPath, CancellationToken.None).GetAwaiter().GetResult().Regio;
        return demo.TenantVan(gebruiker, demo.Organisaties(regio));
    }

    public string Prefix { get; } = AzuriteFixture.NewPrefix();

    private Microsoft.Extensions.Time.Testing.FakeTimeProvider? _klok;

    /// <summary>
    /// The app's clock: a FakeTimeProvider at <see cref="Testklok.Begin"/> unless the test gives its own; a test moves it past
    /// a deadline (DESIGN rule 4). Null only with <see cref="EchteKlok"/>.
    /// </summary>
    public Microsoft.Extensions.Time.Testing.FakeTimeProvider? Klok
    {
        get => EchteKlok ? null : _klok ??= Testklok.Nieuw();
        init => _klok = value;
    }

    /// <summary>The app runs on the real clock: only for a test about the real clock itself.</summary>
    public bool EchteKlok { get; init; }

    /// <summary>Policies in the app's storage pipelines, e.g. a <see cref="Spine.Opslagteller"/> that counts round trips.</summary>
    public IReadOnlyList<Azure.Core.Pipeline.HttpPipelinePolicy> Opslagbeleid { get; init; } = [];

    public async Task<RegioAppFactory> LoadDemoDataAsync()
    {
        var loader = Services.GetRequiredService<DemoDataLoader>();
        await loader.LoadAsync(await DemoDataSet.ReadAsync(AzuriteFixture.DemoDataPath, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        var values = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:Prefix"] = Prefix,
            ["Startup:StartAzurite"] = "false",
            ["Startup:LoadDemoData"] = "false",
            ["Startup:DemoDataPath"] = AzuriteFixture.DemoDataPath,
            ["AzureAd:ClientId"] = TestTokens.Audience,
            // A test starts the jobs it is about itself; on the schedule they would run whenever a test moves the clock.
            [Regio.Functions.Hosting.JobScheduler.OnScheduleSetting] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }
        // UseSetting, not ConfigureAppConfiguration: Program reads some settings before the host is built.
        foreach (var (key, value) in values)
        {
            builder.UseSetting(key, value);
        }
        if (Klok is { } klok)
        {
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(klok));
        }
        foreach (var beleid in Opslagbeleid)
        {
            builder.ConfigureServices(services => services.AddSingleton(beleid));
        }
        builder.ConfigureServices(TrustTestSigningKeys);
        builder.ConfigureServices(EHerkenningTokens.Trust);
    }

    /// <summary>Bearer tokens signed with <see cref="TestTokens.EntraKey"/> (or the development key) are trusted as Entra's would be.</summary>
    public static void TrustTestSigningKeys(IServiceCollection services) =>
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .PostConfigure<IServiceProvider>((options, provider) =>
            {
                // What Entra's metadata document would give: the tenant-templated issuer and the signing keys.
                var configuration = new OpenIdConnectConfiguration { Issuer = "https://login.microsoftonline.com/{tenantid}/v2.0" };
                configuration.SigningKeys.Add(TestTokens.EntraKey);
                if (provider.GetService<DevelopmentTokens>() is { } development)
                {
                    configuration.SigningKeys.Add(development.Key);
                }
                options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
            });
}
