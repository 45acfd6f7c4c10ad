using Regio.Domain.Organisaties;
using Regio.Domain.Regios;
using Regio.Platform.Organisaties;
using Regio.Platform.Regios;
using Regio.Tests;

namespace Regio.Platform.Tests.Regios;

/// <summary>A platform beheerder onboards a regio with its gemeenten, against real storage.</summary>
public class RegioOnboardenTests(AzuriteFixture azurite) : RegioTestBasis(azurite)
{
    private static readonly string[] Bollenstreek = ["hillegom", "lisse", "noordwijk", "teylingen", "katwijk", "oegstgeest", "leiden"];

    private static Regioaanmelding Holland(string? id = "holland-rijnland") => new(
        "Holland Rijnland (test)", id, "leiden", Bollenstreek.Select((g, i) => Nieuw(g, char.ToUpperInvariant(g[0]) + g[1..], i < 4 ? "Duin- en Bollenstreek" : "Leidse regio")).ToList());

    [Fact]
    public async Task Onboarding_with_seven_new_gemeenten_registers_them_the_regio_organisation_and_the_regio_with_audit_events()
    {
        var beheerder = await AlsAsync("platform-beheerder");

        var regio = Gelukt(await Onboarden.OnboardAsync(beheerder, Holland(), Ct)).Regio;

        Assert.Equal(Bollenstreek, regio.Gemeenten.Select(g => g.Id.Value));
        Assert.Equal(("Leiden", "Leidse regio", new GemeenteId("leiden")), (regio.Gemeenten[6].Naam, regio.Gemeenten[6].Subregio, regio.LeadGemeente!.Value));
        foreach (var id in Bollenstreek)
        {
            var gemeente = await Storage.Organisaties.GetAsync(new OrganisatieId(id), Ct);
            Assert.True(gemeente is { Soort: OrganisatieSoort.Gemeente } && gemeente.TenantId == Tenant(id), $"Gemeente {id} is niet (goed) geregistreerd: {gemeente}");
        }
        var organisatie = await Storage.Organisaties.GetAsync(new OrganisatieId("holland-rijnland"), Ct);
        Assert.Equal(new Organisatie(new("holland-rijnland"), OrganisatieSoort.Regio, "Regio Holland Rijnland (test)", Tenant("leiden"), null, false, new("leiden")), organisatie);
        var register = await Storage.Organisaties.ReadAuditAsync(OrganisatieStore.RegisterPartition, Ct);
        Assert.Equal(8, register.Count(e => e.Actie == "Organisatie geregistreerd" && e.Actor == beheerder.AuditNaam));
        var indeling = await Storage.Regios.ReadAuditAsync(regio.Id, Ct);
        Assert.Equal(["Regio aangemaakt"], indeling.Select(e => e.Actie));
    }

    [Fact]
    public async Task Unknown_gemeenten_are_named_together_in_one_refusal_and_nothing_is_written()
    {
        var beheerder = await AlsAsync("platform-beheerder");
        var aanmelding = new Regioaanmelding("Verzonnen (test)", "verzonnen", "haarlem", [Bestaand("haarlem"), Bestaand("atlantis"), Bestaand("lemurie")]);

        var uitkomst = await Onboarden.OnboardAsync(beheerder, aanmelding, Ct);

        var fouten = Assert.IsType<Uitkomst<Regioversie>.Ongeldig>(uitkomst).Fouten;
        Assert.StartsWith("'atlantis' en 'lemurie' zijn geen geregistreerde gemeenten", fouten["gemeenten"], StringComparison.Ordinal);
        Assert.Null(await Storage.Organisaties.GetAsync(new OrganisatieId("verzonnen"), Ct));
    }

    [Fact]
    public async Task Every_mistake_in_the_form_is_named_at_once()
    {
        var beheerder = await AlsAsync("platform-beheerder");
        var aanmelding = new Regioaanmelding("", null, "velsen", [Bestaand("haarlem"), Bestaand("haarlem"), new Regiolid("nieuw", "", new NieuweGemeente("Nieuw", "geen-guid"))]);

        var fouten = Assert.IsType<Uitkomst<Regioversie>.Ongeldig>(await Onboarden.OnboardAsync(beheerder, aanmelding, Ct)).Fouten;

        Assert.Equal(["gemeenten", "gemeenten[2].nieuw.tenantId", "leadGemeente", "naam"], fouten.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_centrumgemeente_must_be_one_of_the_members()
    {
        var beheerder = await AlsAsync("platform-beheerder");

        var uitkomst = await Onboarden.OnboardAsync(beheerder, new Regioaanmelding("IJmond (test)", "ijmond", "haarlem", [Bestaand("velsen"), Bestaand("beverwijk")]), Ct);

        Assert.Contains("'haarlem' is geen van de gemeenten", Assert.IsType<Uitkomst<Regioversie>.Ongeldig>(uitkomst).Fouten["leadGemeente"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_id_is_made_from_the_name_when_none_is_given()
    {
        var beheerder = await AlsAsync("platform-beheerder");

        var regio = Gelukt(await Onboarden.OnboardAsync(beheerder, new Regioaanmelding("  Súdwest Fryslân & Kust (test)", null, "velsen", [Bestaand("velsen")]), Ct));

        Assert.Equal("sudwest-fryslan-kust-test", regio.Regio.Id.Value);
        Assert.Equal("Súdwest Fryslân & Kust (test)", regio.Regio.Naam);
    }

    [Theory]
    [InlineData("zk-ijmond")]
    [InlineData("demo-thuishulp-ijmond")]
    public async Task An_id_taken_by_a_regio_or_any_organisation_is_a_conflict_naming_it(string id)
    {
        var beheerder = await AlsAsync("platform-beheerder");

        var uitkomst = await Onboarden.OnboardAsync(beheerder, new Regioaanmelding("Dubbel (test)", id, "velsen", [Bestaand("velsen")]), Ct);

        Assert.Contains($"'{id}'", Assert.IsType<Uitkomst<Regioversie>.Conflict>(uitkomst).Melding, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_retry_after_a_failure_half_way_completes_the_onboarding()
    {
        var beheerder = await AlsAsync("platform-beheerder");
        // What the first attempt wrote before it stopped: two of the new gemeenten and the regio organisation, not the regio.
        foreach (var (id, naam) in new[] { ("hillegom", "Gemeente Hillegom"), ("leiden", "Gemeente Leiden") })
        {
            await Storage.Organisaties.AddAsync(new Organisatie(new(id), OrganisatieSoort.Gemeente, naam, Tenant(id), null, false, null), Event(), Ct);
        }
        await Storage.Organisaties.AddAsync(
            new Organisatie(new("holland-rijnland"), OrganisatieSoort.Regio, "Regio Holland Rijnland (test)", Tenant("leiden"), null, false, new("leiden")), Event(), Ct);

        var regio = Gelukt(await Onboarden.OnboardAsync(beheerder, Holland(), Ct));

        Assert.Equal(7, regio.Regio.Gemeenten.Count);
        Assert.NotNull(await Storage.Regios.GetAsync(new RegioId("holland-rijnland"), Ct));
    }

    [Fact]
    public async Task A_new_gemeente_whose_id_a_gemeente_with_other_data_has_is_a_conflict()
    {
        var beheerder = await AlsAsync("platform-beheerder");
        await Storage.Organisaties.AddAsync(new Organisatie(new("lisse"), OrganisatieSoort.Gemeente, "Gemeente Lisse", Guid.NewGuid(), null, false, null), Event(), Ct);

        var uitkomst = await Onboarden.OnboardAsync(beheerder, Holland(), Ct);

        Assert.Contains("'lisse'", Assert.IsType<Uitkomst<Regioversie>.Conflict>(uitkomst).Melding, StringComparison.Ordinal);
        Assert.Null(await Storage.Organisaties.GetAsync(new OrganisatieId("hillegom"), Ct));
    }

    [Fact]
    public async Task A_gemeente_inkoper_cannot_onboard_a_regio()
    {
        var inkoper = await AlsAsync("haarlem-inkoper");

        var uitkomst = await Onboarden.OnboardAsync(inkoper, Holland(), Ct);

        Assert.Contains("platformbeheerder", Assert.IsType<Uitkomst<Regioversie>.Geweigerd>(uitkomst).Reden, StringComparison.Ordinal);
        Assert.Null(await Storage.Organisaties.GetAsync(new OrganisatieId("leiden"), Ct));
    }

    private Platform.Audit.AuditEvent Event() => new(Storage.Time.GetUtcNow(), "test", "Organisatie geregistreerd", "test", null, null);
}
