using Azure.Data.Tables;
using Regio.Domain.Organisaties;
using Regio.Platform.Audit;
using Regio.Platform.Organisaties;
using Regio.Platform.Toegang;
using Regio.Tests;

namespace Regio.Platform.Tests.Organisaties;

/// <summary>One person, one organisation: enforced by storage, also when organisations race for the same person.</summary>
public sealed class LidmaatschapRaceTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly Guid Tenant = Guid.Parse("6f0c7a7e-0000-4000-8000-000000000001");
    private static readonly Guid Persoon = Guid.Parse("6f0c7a7e-0000-4000-8000-0000000000aa");

    private readonly TestStorage _storage = new(azurite);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _storage.Initializer.EnsureCreatedAsync(Ct);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Twenty_concurrent_attempts_to_put_one_person_into_two_organisations_leave_them_in_exactly_one()
    {
        OrganisatieId[] organisaties = [new("demo-zorg-noord"), new("demo-zorg-zuid")];

        var pogingen = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
        {
            var organisatie = organisaties[i % 2];
            var lid = new Lidmaatschap(Tenant, Persoon, organisatie, "Demo Persoon", new HashSet<Rol> { Rol.Lezer });
            return _storage.Organisaties.SaveLidAsync(OrganisatieScope.Systeem(organisatie), lid, null, Event(organisatie), Ct);
        }));

        var houders = new List<OrganisatieId>();
        foreach (var organisatie in organisaties)
        {
            if (await _storage.Organisaties.GetLidAsync(OrganisatieScope.Systeem(organisatie), Tenant, Persoon, Ct) is not null)
            {
                houders.Add(organisatie);
            }
        }
        var houder = Assert.Single(houders);
        Assert.Single(pogingen, p => p.Uitkomst == LidSchrijven.Geschreven);
        Assert.All(pogingen.Where((_, i) => organisaties[i % 2] != houder), p => Assert.Equal(LidSchrijven.AndereOrganisatie, p.Uitkomst));
        Assert.Equal(houder, (await _storage.Organisaties.FindLidAsync(Tenant, Persoon, Ct))?.Lid.Organisatie);
    }

    [Fact]
    public async Task A_person_refused_by_one_organisation_can_still_join_it_after_leaving_no_trace_elsewhere()
    {
        var noord = new OrganisatieId("demo-zorg-noord");
        var lid = new Lidmaatschap(Tenant, Persoon, noord, "Demo Persoon", new HashSet<Rol> { Rol.Lezer });
        // A stale version: the membership is refused, and the claim it made is taken back.
        var geweigerd = await _storage.Organisaties.SaveLidAsync(OrganisatieScope.Systeem(noord), lid, new Azure.ETag("W/\"datetime'2020-01-01T00%3A00%3A00.0000000Z'\""), Event(noord), Ct);

        var zuid = new OrganisatieId("demo-zorg-zuid");
        var elders = await _storage.Organisaties.SaveLidAsync(OrganisatieScope.Systeem(zuid), lid with { Organisatie = zuid }, null, Event(zuid), Ct);

        Assert.Equal((LidSchrijven.Conflict, LidSchrijven.Geschreven), (geweigerd.Uitkomst, elders.Uitkomst));
    }

    private AuditEvent Event(OrganisatieId organisatie) =>
        new(_storage.Time.GetUtcNow(), "systeem:test", "Rollen gewijzigd", $"lid:{Tenant}:{Persoon}", null, $"{{\"organisatie\":\"{organisatie}\"}}");
}
