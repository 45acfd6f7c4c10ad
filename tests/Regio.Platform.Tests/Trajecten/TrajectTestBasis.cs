using Regio.Domain.Regios;
using Regio.Platform.Demo;
using Regio.Platform.Regios;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;
using Regio.Tests;

namespace Regio.Platform.Tests.Trajecten;

/// <summary>
/// The trajecten use cases over real storage with the demo data loaded, acting as the demo people. The clock starts at
/// <paramref name="nu"/> (TestStorage's default when null) and only moves forward.
/// </summary>
public abstract class TrajectTestBasis(AzuriteFixture azurite, DateTimeOffset? nu = null)
{
    protected TestStorage Storage { get; } = new(azurite, nu);

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Trajectopslag Opslag => new(Storage.Trajecten, Storage.Time);

    protected TrajectenBekijken Lijst => new(Storage.Trajecten, new Werkgebied(Storage.Regios), Storage.Time);

    protected TrajectBekijken TrajectBekijken => new(Storage.TrajectPoort);

    protected TrajectAanmaken Aanmaken => new(Storage.Trajecten, Storage.Toegangspoort, new Werkgebied(Storage.Regios), Storage.Time);

    protected TrajectWijzigen Wijzigen => new(Storage.TrajectPoort, Opslag, new Werkgebied(Storage.Regios), Storage.Time);

    protected PerceelToevoegen Perceeltoevoeging => new(Storage.TrajectPoort, Opslag);

    protected FaseWijzigen Fasewijziging => new(Storage.TrajectPoort, Opslag, Storage.Time);

    protected DossierVastleggen Dossier => new(Storage.TrajectPoort, Opslag, Storage.Time);

    protected MijlpalenPlannen Planning => new(Storage.TrajectPoort, Opslag, Storage.Time);

    private bool _geladen;

    protected async Task<Actor> Als(string gebruikerId)
    {
        var data = await TestStorage.ReadDemoDataAsync();
        if (!_geladen)
        {
            await Storage.Demo.LoadAsync(data, Ct);
            _geladen = true;
        }
        var demo = DemoOrganisaties.Lees();
        var gebruiker = demo.Gebruikers.Single(g => g.Id == gebruikerId);
        var tenant = demo.TenantVan(gebruiker, demo.Organisaties(data.Regio));
        return (await new ActorResolver(Storage.Organisaties).ResolveAsync(tenant, gebruiker.ObjectId, gebruiker.Naam, Ct))!;
    }

    protected static T Gelukt<T>(Uitkomst<T> uitkomst) =>
        uitkomst is Uitkomst<T>.Gelukt g ? g.Waarde : throw new Xunit.Sdk.XunitException($"Verwacht Gelukt, kreeg {uitkomst}");

    protected static NieuwTraject Lokaal(string id, params string[] percelen) =>
        new(id, "Dagbesteding Haarlem", "gemeente:haarlem", null, Domain.Trajecten.Procedure.Openbaar, Domain.Budgetten.Domein.Wmo,
            new Domain.Trajecten.Contractvoorwaarden(6, [3], Domain.Trajecten.Bekostiging.Taakgericht), percelen);
}
