using Microsoft.Azure.Functions.Worker.Builder;
using Regio.Functions.Hosting;
using Regio.Functions.Hosting.Worker;

// Under the Functions host the app is an isolated worker; on its own (dotnet run, tests) it is the same app on Kestrel.
if (FunctionsHost.StartedBy(args))
{
    var worker = FunctionsApplication.CreateBuilder(args);
    worker.ConfigureFunctionsWebApplication();
    worker.AddRegio();
    worker.Services.AddSingleton<RegioPipeline>();
    worker.Build().Run();
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddRegio();
builder.Services.AddJobScheduler(builder.Configuration);
var app = builder.Build();
app.UseRegio();
app.Run();

/// <summary>Entry point, public so that the tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
