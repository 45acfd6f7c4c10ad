using Regio.Functions.Features.Aanbieders;
using Regio.Functions.Features.Aanmelden;
using Regio.Functions.Features.Aanmelden.Ontwikkeling;
using Regio.Functions.Features.Budgetten;
using Regio.Functions.Features.Contracten;
using Regio.Functions.Features.Health;
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
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;

var builder = WebApplication.CreateBuilder(args);

builder.UseFunctionsCustomHandlerPort();
builder.Services.AddRegioPlatform(builder.Configuration);
builder.Services.AddRegioHosting(builder.Configuration, builder.Environment);
builder.Services.AddRegioTelemetry(builder.Configuration, builder.Logging);
builder.Services.AddRegioProblems();
builder.Services.AddRegioAuthentication(builder.Configuration);
builder.Services.AddDevelopmentSignIn(builder.Environment);
builder.Services.AddRegioApiDocs();
builder.Services.AddRazorComponents();

var app = builder.Build();

app.UseFunctionsHostForwarding();
app.UseRegioProblems();
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseAuthentication();
app.UseRequestActor();
app.UseAuthorization();
app.UseAntiforgery();

app.MapHealth();
app.MapRegios();
app.MapAanmelden();
app.MapMe();
app.MapOrganisaties();
app.MapTrajecten();
app.MapTrajectVragen();
app.MapTrajectStukken();
app.MapAanbieders();
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
app.MapDevelopmentSignIn(app.Environment);
app.MapRegioApiDocs();
app.MapRegioPages();

app.Run();

/// <summary>Entry point, public so that the tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
