using Microsoft.Extensions.Logging.Abstractions;
using Regio.Domain.Organisaties;
using Regio.Platform.Audit;
using Regio.Platform.Demo;
using Regio.Platform.Organisaties;
using Regio.Platform.Organisaties.Uitnodigingen;
using Regio.Platform.Toegang;
using Regio.Tests;

namespace Regio.Platform.Tests.Organisaties.Uitnodigingen;

/// <summary>The invitation use cases over the demo data in this test's own tables, with a clock the test moves.</summary>
public abstract class UitnodigingTestBasis(AzuriteFixture azurite)
{
    protected static readonly OrganisatieId Haarlem = new("haarlem");

    protected TestStorage Storage { get; } = new(azurite);

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected UitnodigingVersturen Versturen => new(Storage.Organisaties, Storage.Toegangspoort, Storage.Time);

    protected UitnodigingenBekijken Bekijken => new(Storage.Organisaties, Storage.Toegangspoort);

    protected UitnodigingIntrekken Intrekken => new(Storage.Organisaties, Storage.Toegangspoort, Storage.Time);

    protected ActorResolver Resolver => new(Storage.Organisaties, Storage.Time, new UitnodigingBinden(Storage.Organisaties, Storage.Time, NullLogger<UitnodigingBinden>.Instance));

    protected async Task<Actor> Als(string gebruikerId)
    {
        var data = await TestStorage.ReadDemoDataAsync();
        await Storage.Demo.LoadAsync(data, Ct);
        var demo = DemoOrganisaties.Lees();
        var gebruiker = demo.Gebruikers.Single(g => g.Id == gebruikerId);
        return (await new ActorResolver(Storage.Organisaties).ResolveAsync(demo.TenantVan(gebruiker, demo.Organisaties(data.Regio)), gebruiker.ObjectId, gebruiker.Naam, Ct))!;
    }

    protected async Task<Uitnodiging> VerstuurAsync(Actor door, string upn, params string[] rollen) =>
        Assert.IsType<Uitkomst<Uitnodiging>.Gelukt>(await Versturen.SendAsync(door, door.Organisatie!.Id, upn, rollen, Ct)).Waarde;

    /// <summary>The first request of a new account of <paramref name="tenant"/> whose token carries <paramref name="upn"/>.</summary>
    protected Task<Actor?> MeldAanAsync(Guid tenant, Guid objectId, string upn) => Resolver.ResolveAsync(tenant, objectId, "Nieuwe Collega", upn, Ct);

    protected Task<IReadOnlyList<AuditEvent>> AuditAsync(OrganisatieId organisatie) =>
        Storage.Organisaties.ReadAuditAsync(OrganisatieStore.OrganisatiePartition(organisatie), Ct);
}
