using Regio.Domain.Regios;
using Regio.Platform.Regios;
using Regio.Platform.Storage;
using Regio.Tests;

namespace Regio.Platform.Tests.Regios;

/// <summary>A platform beheerder changes a regio's name, centrumgemeente and members in the version that was read.</summary>
public class RegioWijzigenTests(AzuriteFixture azurite) : RegioTestBasis(azurite)
{
    private static readonly RegioId IJmond = new("ijmond-test");

    private async Task<Regioversie> IJmondAsync(Platform.Toegang.Actor beheerder) => Gelukt(await Onboarden.OnboardAsync(beheerder,
        new Regioaanmelding("IJmond (test)", IJmond.Value, "velsen", [Bestaand("velsen", "IJmond"), Bestaand("beverwijk", "IJmond"), Bestaand("heemskerk", "IJmond")]), Ct));

    [Fact]
    public async Task Beheerder_changes_name_centrumgemeente_members_and_subregio_in_one_audited_change()
    {
        var beheerder = await AlsAsync("platform-beheerder");
        var gelezen = await IJmondAsync(beheerder);
        var wijziging = new Regiowijziging("IJmond en Kust (test)", "beverwijk", [Bestaand("beverwijk", "Noord"), Bestaand("velsen", "Zuid"), Bestaand("zandvoort", "Kust")]);

        var gewijzigd = Gelukt(await Wijzigen.SaveAsync(beheerder, IJmond, wijziging, gelezen.Versie, Ct));

        var opgeslagen = (await Storage.Regios.ReadAsync(IJmond, Ct))!;
        Assert.Equal(gewijzigd.Versie, opgeslagen.Versie);
        Assert.Equal(("IJmond en Kust (test)", new GemeenteId("beverwijk")), (opgeslagen.Regio.Naam, opgeslagen.Regio.LeadGemeente!.Value));
        Assert.Equal(
            [new Gemeente(new("beverwijk"), "Beverwijk", "Noord"), new Gemeente(new("velsen"), "Velsen", "Zuid"), new Gemeente(new("zandvoort"), "Zandvoort", "Kust")],
            opgeslagen.Regio.Gemeenten);
        var gebeurtenis = (await Storage.Regios.ReadAuditAsync(IJmond, Ct))[^1];
        Assert.Equal(("Regio gewijzigd", beheerder.AuditNaam), (gebeurtenis.Actie, gebeurtenis.Actor));
        Assert.Null(await Platform.Audit.AuditControle.VerifyPartitionAsync(Storage.Clients.Table(Names.RegiosTable), RegioStore.PartitionKey(IJmond), Ct));
    }

    [Fact]
    public async Task A_change_with_a_stale_version_is_refused_and_changes_nothing()
    {
        var beheerder = await AlsAsync("platform-beheerder");
        var gelezen = await IJmondAsync(beheerder);
        var eerste = Gelukt(await Wijzigen.SaveAsync(beheerder, IJmond, new Regiowijziging("IJmond (eerste)", "velsen", [Bestaand("velsen"), Bestaand("beverwijk")]), gelezen.Versie, Ct));

        var tweede = await Wijzigen.SaveAsync(beheerder, IJmond, new Regiowijziging("IJmond (tweede)", "heemskerk", [Bestaand("heemskerk")]), gelezen.Versie, Ct);

        Assert.True(tweede is Uitkomst<Regioversie>.Conflict { Verouderd: true }, $"Verwacht een verouderde versie, kreeg {Beschrijf(tweede)}");
        Assert.Equal(eerste, (await Storage.Regios.ReadAsync(IJmond, Ct))!, RegioversieGelijk.Instance);
    }

    [Fact]
    public async Task A_deelnemer_of_a_regional_traject_cannot_be_removed_and_the_refusal_names_the_traject()
    {
        var beheerder = await AlsAsync("platform-beheerder");
        var zk = new RegioId("zk-ijmond");
        var gelezen = (await Storage.Regios.ReadAsync(zk, Ct))!;
        var zonderVelsen = gelezen.Regio.Gemeenten.Where(g => g.Id.Value != "velsen").Select(g => Bestaand(g.Id.Value, g.Subregio)).ToList();
        var regionaal = (await Storage.Trajecten.ListForOwnerAsync(new Domain.Trajecten.Eigenaar.DeRegio(zk), Ct)).First(t => t.Deelnemers.Contains(new GemeenteId("velsen")));

        var uitkomst = await Wijzigen.SaveAsync(beheerder, zk, new Regiowijziging(gelezen.Regio.Naam, "haarlem", zonderVelsen), gelezen.Versie, Ct);

        Assert.Contains($"'{regionaal.Naam}'", Assert.IsType<Uitkomst<Regioversie>.Conflict>(uitkomst).Melding, StringComparison.Ordinal);
        Assert.True((await Storage.Regios.GetAsync(zk, Ct))!.HeeftGemeente(new GemeenteId("velsen")), "Velsen is toch uit de regio gehaald.");
    }

    [Fact]
    public async Task Adding_a_gemeente_that_is_not_registered_is_refused_naming_it()
    {
        var beheerder = await AlsAsync("platform-beheerder");
        var gelezen = await IJmondAsync(beheerder);

        var uitkomst = await Wijzigen.SaveAsync(beheerder, IJmond, new Regiowijziging("IJmond (test)", "velsen", [Bestaand("velsen"), Bestaand("atlantis")]), gelezen.Versie, Ct);

        Assert.StartsWith("'atlantis' is geen geregistreerde gemeente", Assert.IsType<Uitkomst<Regioversie>.Ongeldig>(uitkomst).Fouten["gemeenten"], StringComparison.Ordinal);
    }

    /// <summary>Two reads of a regio are the same when its data and its version are: the records hold lists, which compare by reference.</summary>
    private sealed class RegioversieGelijk : IEqualityComparer<Regioversie>
    {
        public static readonly RegioversieGelijk Instance = new();

        public bool Equals(Regioversie? x, Regioversie? y) => x is not null && y is not null && x.Versie == y.Versie
            && (x.Regio.Naam, x.Regio.LeadGemeente) == (y.Regio.Naam, y.Regio.LeadGemeente) && x.Regio.Gemeenten.SequenceEqual(y.Regio.Gemeenten);

        public int GetHashCode(Regioversie obj) => obj.Versie.GetHashCode();
    }
}
