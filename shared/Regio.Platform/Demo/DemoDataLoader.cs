using Microsoft.Extensions.Logging;
using Regio.Platform.Audit;
using Regio.Platform.Budgetten;
using Regio.Platform.Organisaties;
using Regio.Platform.Regios;
using Regio.Platform.Storage;
using Regio.Platform.Trajecten;

namespace Regio.Platform.Demo;

/// <summary>
/// Loads the demo region into storage. Every write is an add that refuses to overwrite, so a second load
/// (or a load after one that was interrupted) adds only what is missing and changes nothing else.
/// </summary>
public sealed partial class DemoDataLoader(
    StorageInitializer initializer, RegioStore regios, TrajectStore trajecten, BudgetStore budgetten,
    OrganisatieStore organisaties, TimeProvider time, ILogger<DemoDataLoader> logger)
{
    public const string Actor = "systeem:demo-import";

    public async Task<DemoImportResultaat> LoadAsync(DemoDataSet data, CancellationToken cancellationToken)
    {
        await initializer.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        // The data set names the regio's gemeenten; which of them is the centrumgemeente is the demo's own choice.
        var demo = DemoOrganisaties.Lees();
        var regio = DemoDataMapper.ToRegio(data.Regio) with { LeadGemeente = new Domain.Regios.GemeenteId(demo.Centrumgemeente) };
        var tweede = DemoDataMapper.ToRegio(demo.TweedeRegio.AlsRegio()) with { LeadGemeente = new Domain.Regios.GemeenteId(demo.TweedeRegio.Centrumgemeente) };
        var results = new List<bool>
        {
            await regios.AddAsync(regio, Event("Regio aangemaakt", $"regio:{regio.Id}", regio), cancellationToken).ConfigureAwait(false),
            await regios.AddAsync(tweede, Event("Regio aangemaakt", $"regio:{tweede.Id}", tweede), cancellationToken).ConfigureAwait(false),
        };
        foreach (var traject in data.Trajecten.Select(DemoDataMapper.ToTraject))
        {
            results.Add(await trajecten.AddAsync(traject, Event("Traject aangemaakt", $"traject:{traject.Id}", traject), cancellationToken).ConfigureAwait(false));
        }
        foreach (var budget in data.Budgetten.SelectMany(b => DemoDataMapper.ToBudgetten(b.Key, b.Value)))
        {
            var onderwerp = $"budget:{budget.Gemeente}:{budget.Domein.ToString().ToLowerInvariant()}";
            results.Add(await budgetten.AddAsync(budget, Event("Budget aangemaakt", onderwerp, budget), cancellationToken).ConfigureAwait(false));
        }
        foreach (var (gemeente, keuze) in data.Trajecten.SelectMany(DemoLokaleKeuzes.Uit))
        {
            var scope = Toegang.OrganisatieScope.Systeem(new Domain.Organisaties.OrganisatieId(gemeente.Value));
            var audit = Event("Lokale keuze vastgelegd", $"keuze:{gemeente}:{keuze.Id}", keuze);
            results.Add(await budgetten.SaveKeuzeAsync(scope, keuze, null, audit, cancellationToken).ConfigureAwait(false) is not null);
        }
        results.AddRange(await LoadOrganisatiesAsync(data.Regio, cancellationToken).ConfigureAwait(false));
        var resultaat = new DemoImportResultaat(results.Count(r => r), results.Count(r => !r));
        LogGeladen(logger, regio.Naam, resultaat.Toegevoegd, resultaat.AlAanwezig);
        return resultaat;
    }

    /// <summary>The made-up organisations and people who can sign in to the demo (see <see cref="DemoOrganisaties"/>).</summary>
    private async Task<List<bool>> LoadOrganisatiesAsync(DemoRegio regio, CancellationToken cancellationToken)
    {
        var demo = DemoOrganisaties.Lees();
        var lijst = demo.Organisaties(regio);
        var results = new List<bool>();
        foreach (var organisatie in lijst)
        {
            var added = await organisaties.AddAsync(organisatie, Event("Organisatie geregistreerd", $"organisatie:{organisatie.Id}", organisatie), cancellationToken).ConfigureAwait(false);
            if (!added)
            {
                await organisaties.AllowTenantAsync(organisatie, cancellationToken).ConfigureAwait(false);
                await organisaties.AddKvkIfMissingAsync(organisatie, cancellationToken).ConfigureAwait(false);
            }
            results.Add(added);
        }
        foreach (var gebruiker in demo.Gebruikers)
        {
            var lid = new Domain.Organisaties.Lidmaatschap(
                demo.TenantVan(gebruiker, lijst), gebruiker.ObjectId, new Domain.Organisaties.OrganisatieId(gebruiker.Organisatie), gebruiker.Naam,
                gebruiker.Rollen.Select(r => Domain.Organisaties.Rollen.TryParse(r, out var rol) ? rol : throw new InvalidDataException($"Demogebruiker {gebruiker.Id}: onbekende rol {r}.")).ToHashSet());
            var scope = Toegang.OrganisatieScope.Systeem(lid.Organisatie);
            var schrijven = await organisaties.SaveLidAsync(scope, lid, null, Event("Rollen gewijzigd", $"lid:{lid.TenantId}:{lid.ObjectId}", gebruiker.Rollen), cancellationToken).ConfigureAwait(false);
            results.Add(schrijven.Uitkomst == LidSchrijven.Geschreven);
        }
        return results;
    }

    private AuditEvent Event<T>(string actie, string onderwerp, T na) =>
        new(time.GetUtcNow(), Actor, actie, onderwerp, Voor: null, Na: Json.Write(na));

    [LoggerMessage(Level = LogLevel.Information, Message = "Demoregio {Regio} geladen: {Toegevoegd} toegevoegd, {AlAanwezig} waren er al")]
    private static partial void LogGeladen(ILogger logger, string regio, int toegevoegd, int alAanwezig);
}

public sealed record DemoImportResultaat(int Toegevoegd, int AlAanwezig);
