using Microsoft.Extensions.Options;
using Regio.Domain.Organisaties;
using Regio.Functions.Hosting;
using Regio.Platform.Demo;
using Regio.Platform.Storage.Development;

namespace Regio.Functions.Features.Inloggen.Ontwikkeling;

/// <summary>A made-up person of the demo, with the Entra ids their organisation's tenant would give them.</summary>
public sealed record DemoGebruikerView(string Id, string Naam, string Organisatie, string OrganisatieNaam, string Soort, IReadOnlyList<string> Rollen, Guid TenantId, Guid ObjectId);

/// <summary>The demo users of the development sign-in: the people of demo-organisaties.json in the demo regio's organisations.</summary>
public sealed class DemoGebruikers(IOptions<StartupOptions> options, IHostEnvironment environment)
{
    private readonly Lazy<Task<IReadOnlyList<DemoGebruikerView>>> _all = new(async () =>
    {
        var path = string.IsNullOrWhiteSpace(options.Value.DemoDataPath) ? RepoRoot.FindDemoData(environment.ContentRootPath) : options.Value.DemoDataPath;
        if (path is null)
        {
            return [];
        }
        var regio = (await DemoDataSet.ReadAsync(path, CancellationToken.None)).Regio;
        var demo = DemoOrganisaties.Lees();
        var organisaties = demo.Organisaties(regio);
        return demo.Gebruikers.Select(g =>
        {
            var organisatie = organisaties.Single(o => o.Id.Value == g.Organisatie);
            return new DemoGebruikerView(g.Id, g.Naam, g.Organisatie, organisatie.Naam, organisatie.Soort.ToString().ToLowerInvariant(), g.Rollen,
                demo.TenantVan(g, organisaties), g.ObjectId);
        }).ToList();
    });

    public Task<IReadOnlyList<DemoGebruikerView>> AllAsync() => _all.Value;

    public async Task<DemoGebruikerView?> FindAsync(string? id) => (await AllAsync()).FirstOrDefault(g => g.Id == id);
}
