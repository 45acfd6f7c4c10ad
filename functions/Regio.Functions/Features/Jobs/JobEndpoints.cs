using Microsoft.AspNetCore.Http.HttpResults;
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Jobs;

namespace Regio.Functions.Features.Jobs;

/// <summary>The background jobs for the platform beheerder: each with its last runs, and starting one now. Who may: JobPoort.</summary>
public static class JobEndpoints
{
    public static IEndpointRouteBuilder MapJobs(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/beheer/taken").WithTags("Beheer").RequireAuthorization(Policies.Lid);
        group.MapGet("/", Overzicht).WithSummary("De achtergrondtaken (opruimen, auditcontrole, signalen) met hun schema en hun laatste uitkomsten. Alleen de platformbeheerder.");
        group.MapPost("/{taak}/start", Start)
            .WithSummary("Een achtergrondtaak nu uitvoeren, bijvoorbeeld voor een demonstratie. Elke taak is herhaalbaar; loopt ze al, dan 409 met code AlBezig.");
        return app;
    }

    private static async Task<Results<Ok<List<JobView>>, Probleem>> Overzicht(HttpContext context, JobsBekijken bekijken, TimeProvider time, CancellationToken ct)
    {
        var uitkomst = await bekijken.ListAsync(context.RequiredActor(), ct);
        return uitkomst is Uitkomst<IReadOnlyList<JobStand>>.Gelukt g
            ? TypedResults.Ok(g.Waarde.Select(stand => JobView.From(stand, time.GetUtcNow())).ToList())
            : UitkomstResults.Weigering(uitkomst);
    }

    private static async Task<Results<Ok<JobRunView>, Probleem>> Start(string taak, HttpContext context, JobStarten starten, CancellationToken ct)
    {
        var uitkomst = await starten.StartAsync(context.RequiredActor(), taak, ct);
        return uitkomst is Uitkomst<JobRun>.Gelukt g ? TypedResults.Ok(JobRunView.From(g.Waarde)) : UitkomstResults.Weigering(uitkomst);
    }
}
