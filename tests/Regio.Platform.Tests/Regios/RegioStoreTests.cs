using Regio.Domain.Regios;
using Regio.Platform.Audit;
using Regio.Tests;

namespace Regio.Platform.Tests.Regios;

/// <summary>Membership of a regio is data: rows per regio, a gemeente in more than one, and the centrumgemeente on the root row.</summary>
public class RegioStoreTests(AzuriteFixture azurite) : RegioTestBasis(azurite)
{
    [Fact]
    public async Task A_gemeente_in_two_regios_is_found_in_both()
    {
        var beheerder = await AlsAsync("platform-beheerder");
        Gelukt(await Onboarden.OnboardAsync(beheerder, new Regioaanmelding("Wmo IJmond (test)", "wmo-ijmond", "velsen", [Bestaand("velsen"), Bestaand("heemskerk")]), Ct));

        var regios = await Storage.Regios.ListForGemeenteAsync(new GemeenteId("velsen"), Ct);

        Assert.Equal(["wmo-ijmond", "zk-ijmond"], regios.Select(r => r.Value).Order(StringComparer.Ordinal));
        Assert.Equal(["zk-ijmond"], (await Storage.Regios.ListForGemeenteAsync(new GemeenteId("haarlem"), Ct)).Select(r => r.Value));
    }

    [Fact]
    public async Task The_demo_regio_records_haarlem_as_its_centrumgemeente()
    {
        await AlsAsync("platform-beheerder");

        var regio = await Storage.Regios.GetAsync(new RegioId("zk-ijmond"), Ct);

        Assert.Equal(new GemeenteId("haarlem"), regio!.LeadGemeente);
    }

    [Fact]
    public async Task A_regio_recorded_without_centrumgemeente_reads_as_none()
    {
        var id = new RegioId("oud-test");
        var regio = new Domain.Regios.Regio(id, "Oud (test)", [new Gemeente(new("velsen"), "Velsen", "")]);
        await Storage.Initializer.EnsureCreatedAsync(Ct);
        await Storage.Regios.AddAsync(regio, new AuditEvent(Storage.Time.GetUtcNow(), "test", "Regio aangemaakt", "regio:oud-test", null, null), Ct);

        var gelezen = await Storage.Regios.ReadAsync(id, Ct);

        Assert.Null(gelezen!.Regio.LeadGemeente);
    }

    [Theory]
    [InlineData("Zuid-Kennemerland en IJmond", "zuid-kennemerland-en-ijmond")]
    [InlineData("  Súdwest   Fryslân!! ", "sudwest-fryslan")]
    [InlineData("Regio's & Co", "regio-s-co")]
    [InlineData("!!!", "")]
    public void The_id_made_from_a_name_is_lower_case_without_accents_with_single_hyphens(string naam, string id) =>
        Assert.Equal(id, RegioId.UitNaam(naam));

    [Fact]
    public void The_id_made_from_a_long_name_is_at_most_forty_characters_and_ends_in_a_letter_or_digit()
    {
        var id = RegioId.UitNaam("Samenwerkingsverband van gemeenten in de regio Noord-Holland Noord");

        Assert.True(id.Length <= 40 && char.IsAsciiLetterOrDigit(id[^1]), $"'{id}' is te lang of eindigt op een koppelteken.");
    }
}
