using Regio.Domain.Regios;
using Regio.Platform.Demo;
using Regio.Platform.Organisaties;
using Regio.Platform.Regios;
using Regio.Platform.Toegang;
using Regio.Tests;

namespace Regio.Platform.Tests.Regios;

/// <summary>The demo loaded in storage of the test's own, the regio use cases over it, and the demo people as actors.</summary>
public abstract class RegioTestBasis(AzuriteFixture azurite)
{
    protected TestStorage Storage { get; } = new(azurite);

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected RegioOnboarden Onboarden => new(Storage.Regios, Storage.Organisaties, Storage.Toegangspoort, Storage.Time);

    protected RegioWijzigen Wijzigen => new(Storage.Regios, Storage.Organisaties, Storage.Trajecten, Storage.Toegangspoort, Storage.Time);

    protected async Task<Actor> AlsAsync(string gebruikerId)
    {
        var data = await TestStorage.ReadDemoDataAsync();
        await Storage.Demo.LoadAsync(data, Ct);
        var demo = DemoOrganisaties.Lees();
        var gebruiker = demo.Gebruikers.Single(g => g.Id == gebruikerId);
        var tenant = demo.TenantVan(gebruiker, demo.Organisaties(data.Regio));
        return (await new ActorResolver(Storage.Organisaties).ResolveAsync(tenant, gebruiker.ObjectId, gebruiker.Naam, Ct))!;
    }

    protected static Regiolid Nieuw(string id, string naam, string subregio = "") => new(id, subregio, new NieuweGemeente(naam, Tenant(id).ToString()));

    protected static Regiolid Bestaand(string id, string subregio = "") => new(id, subregio);

    /// <summary>A made-up Entra tenant per gemeente id, the same on every run.</summary>
    protected static Guid Tenant(string id) => DemoIds.Tenant("test-" + id);

    protected static Regioversie Gelukt(Uitkomst<Regioversie> uitkomst) =>
        uitkomst.TryGet(out var regio) ? regio : throw Xunit.Sdk.FailException.ForFailure($"Verwacht dat het lukte, kreeg {Beschrijf(uitkomst)}");

    protected static string Beschrijf<T>(Uitkomst<T> uitkomst) => uitkomst switch
    {
        Uitkomst<T>.Ongeldig o => $"ongeldig: {string.Join("; ", o.Fouten.Select(f => $"{f.Key}: {f.Value}"))}",
        _ => uitkomst.ToString() ?? "",
    };
}
