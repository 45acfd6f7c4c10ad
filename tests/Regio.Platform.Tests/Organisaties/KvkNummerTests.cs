using Regio.Domain.Organisaties;
using Regio.Platform.Audit;
using Regio.Platform.Organisaties;
using Regio.Platform.Storage;
using Regio.Tests;

namespace Regio.Platform.Tests.Organisaties;

/// <summary>One KvK number, one aanbieder: enforced by a row storage refuses twice, written with the organisation.</summary>
public sealed class KvkNummerTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly TestStorage _storage = new(azurite);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _storage.Initializer.EnsureCreatedAsync(Ct);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static Organisatie Aanbieder(string id, string kvk) => new(new OrganisatieId(id), OrganisatieSoort.Aanbieder, $"{id} (test)", null,
        KvkNummer.TryParse(kvk, out var nummer) ? nummer : throw new ArgumentException(kvk), true, null);

    private AuditEvent Event(string id) => new(_storage.Time.GetUtcNow(), "test", "Organisatie geregistreerd", $"organisatie:{id}", null, null);

    [Fact]
    public async Task A_second_registration_of_a_kvk_number_is_refused_naming_the_holder_and_writes_nothing()
    {
        Assert.IsType<Registreren.Geregistreerd>(await _storage.Organisaties.RegisterAsync(Aanbieder("zorg-eerst", "12345678"), Event("zorg-eerst"), Ct));

        var tweede = await _storage.Organisaties.RegisterAsync(Aanbieder("zorg-later", "12345678"), Event("zorg-later"), Ct);

        Assert.Equal("zorg-eerst (test)", Assert.IsType<Registreren.KvkBezet>(tweede).Houder?.Naam);
        Assert.Null(await _storage.Organisaties.GetAsync(new OrganisatieId("zorg-later"), Ct));
        Assert.DoesNotContain(await _storage.Organisaties.ReadAuditAsync(OrganisatieStore.RegisterPartition, Ct), e => e.Onderwerp == "organisatie:zorg-later");
    }

    [Fact]
    public async Task Twenty_concurrent_registrations_of_one_kvk_number_make_exactly_one_organisation()
    {
        var pogingen = await Task.WhenAll(Enumerable.Range(1, 20).Select(i =>
            _storage.Organisaties.RegisterAsync(Aanbieder($"zorg-race-{i}", "87654321"), Event($"zorg-race-{i}"), Ct)));

        Assert.Single(pogingen, p => p is Registreren.Geregistreerd);
        Assert.Equal(19, pogingen.Count(p => p is Registreren.KvkBezet));
        var alle = await _storage.Organisaties.ListAsync(Regio.Platform.Toegang.OrganisatieScope.Systeem(new OrganisatieId("platform")), Ct);
        Assert.Single(alle, o => o.Kvk?.Value == "87654321");
    }

    [Fact]
    public async Task An_organisation_row_written_before_statuses_existed_reads_as_confirmed()
    {
        var oud = OrganisatieMapping.ToRow(Aanbieder("zorg-oud", "11223344"));
        oud.Remove("Status");
        await _storage.Clients.Table(Names.OrganisatiesTable).AddEntityAsync(oud, Ct);

        Assert.Equal(OrganisatieStatus.Bevestigd, (await _storage.Organisaties.GetAsync(new OrganisatieId("zorg-oud"), Ct))?.Status);
    }

    [Fact]
    public async Task A_demo_reload_adds_a_missing_kvk_row_so_the_demo_aanbieders_number_is_taken()
    {
        var data = await TestStorage.ReadDemoDataAsync();
        await _storage.Demo.LoadAsync(data, Ct);
        await _storage.Clients.Table(Names.OrganisatiesTable).DeleteEntityAsync(OrganisatieStore.RegisterPartition, "kvk|90000001", cancellationToken: Ct);

        await _storage.Demo.LoadAsync(data, Ct);

        var poging = await _storage.Organisaties.RegisterAsync(Aanbieder("zorg-kopie", "90000001"), Event("zorg-kopie"), Ct);
        Assert.Equal("Jeugdzorg Kennemerland B.V. (demo)", Assert.IsType<Registreren.KvkBezet>(poging).Houder?.Naam);
    }
}
