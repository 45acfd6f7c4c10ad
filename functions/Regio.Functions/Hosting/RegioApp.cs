using Regio.Functions.Features.Aanbieders;
using Regio.Functions.Features.Inloggen;
using Regio.Functions.Features.Inloggen.Ontwikkeling;
using Regio.Functions.Features.Budgetten;
using Regio.Functions.Features.Contracten;
using Regio.Functions.Features.Health;
using Regio.Functions.Features.Jobs;
using Regio.Functions.Features.OpenData;
using Regio.Functions.Features.Organisaties;
using Regio.Functions.Features.Rapportages;
using Regio.Functions.Features.Regios;
using Regio.Functions.Features.Regiostatus;
using Regio.Functions.Features.Signalen;
using Regio.Functions.Features.Trajecten;
using Regio.Functions.Features.Trajecten.Beoordelingen;
using Regio.Functions.Features.Trajecten.Dialogen;
using Regio.Functions.Features.Trajecten.Gunningen;
using Regio.Functions.Features.Trajecten.Inschrijvingen;
using Regio.Functions.Features.Trajecten.Stukken;
using Regio.Functions.Features.Trajecten.Toelatingen;
using Regio.Functions.Features.Trajecten.Vragen;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;

namespace Regio.Functions.Hosting;

/// <summary>
/// The one composition of Regio: its services, its request pipeline and its endpoints. Both hosts use exactly this:
/// the app on its own (`dotnet run`, the tests) and the Functions worker, whose HTTP function hands each request to
/// the same pipeline (<see cref="Worker.RegioPipeline"/>).
/// </summary>
public static class RegioApp
{
    public static IHostApplicationBuilder AddRegio(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddRegioPlatform(builder.Configuration);
        services.AddRegioHosting(builder.Configuration, builder.Environment);
        services.AddRegioTelemetry(builder.Configuration, builder.Logging);
        services.AddRegioProblems();
        services.AddRegioAuthentication(builder.Configuration);
        services.AddDevelopmentSignIn(builder.Environment);
        services.AddRegioApiDocs();
        services.AddRazorComponents();
        return builder;
    }

    public static IApplicationBuilder UseRegio(this IApplicationBuilder app)
    {
        var environment = app.ApplicationServices.GetRequiredService<IHostEnvironment>();
        // Does something only behind the Functions host, whose ASP.NET Core integration turns the forwarded headers on.
        app.UseForwardedHeaders();
        app.UseRegioProblems();
        app.UseSecurityHeaders();
        app.UseAllowedHosts();
        app.UseStaticFiles();
        app.UsePrivateAnswers();
        app.UseRouting();
        app.UseAuthentication();
        app.UseRequestActor();
        app.UseCookieWriteRule();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseAntiforgeryVerdict();
        app.UseIdcontrole();
        return app.UseEndpoints(endpoints => endpoints.MapRegio(environment));
    }

    private static void MapRegio(this IEndpointRouteBuilder app, IHostEnvironment environment)
    {
        app.MapHealth();
        app.MapRegios();
        app.MapInloggen();
        app.MapMe();
        app.MapOrganisaties();
        app.MapUitnodigingen();
        app.MapTrajecten();
        app.MapTrajectVragen();
        app.MapTrajectStukken();
        app.MapAanbieders();
        app.MapZelfregistratie();
        app.MapBudgetten();
        app.MapBudgetWijzigingen();
        app.MapLokaleKeuzes();
        app.MapVerdelingen();
        app.MapTrajectDialoog();
        app.MapTrajectToelatingen();
        app.MapTrajectInschrijvingen();
        app.MapTrajectGunning();
        app.MapContracten();
        app.MapTrajectBeoordeling();
        app.MapRegiostatus();
        app.MapOpenData();
        app.MapRapportages();
        app.MapSignalen();
        app.MapJobs();
        app.MapDevelopmentSignIn(environment);
        app.MapRegioApiDocs();
        app.MapRegioPages();
    }
}
