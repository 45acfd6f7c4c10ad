using Regio.Domain.Organisaties;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Regios;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;
using Regio.Platform.Tests.Trajecten;
using Regio.Tests;

namespace Regio.Platform.Tests.Regios;

/// <summary>
/// A gemeente in two regio's: Velsen is also a member of a made-up Wmo cooperation on the coast, whose other member
/// (Kustdorp) is in no other regio. What each person finds, and what a traject of the second regio is checked against.
/// </summary>
public class WerkgebiedTests(AzuriteFixture azurite) : TrajectTestBasis(azurite)
{
    private static readonly RegioId Kust = new("kust-wmo");

    private static readonly Domain.Regios.Regio KustWmo = new(Kust, "Kust Wmo-samenwerking (demo)",
        [new Gemeente(new GemeenteId("kustdorp"), "Kustdorp (demo)", "Kust"), new Gemeente(new GemeenteId("velsen"), "Velsen", "Kust")]);

    private Werkgebied Werkgebied => new(Storage.Regios);

    private async Task VoegKustToeAsync()
    {
        await Als("velsen-inkoper");
        var audit = new AuditEvent(Storage.Time.GetUtcNow(), "test", "Regio aangemaakt", $"regio:{Kust}", null, null);
        Assert.True(await Storage.Regios.AddAsync(KustWmo, audit, Ct));
    }

    private static Actor KustCoordinator() => new(Guid.NewGuid(), Guid.NewGuid(), "Kim Kust (demo)",
        new Organisatie(new OrganisatieId(Kust.Value), OrganisatieSoort.Regio, "Regio Kust Wmo-samenwerking (demo)", Guid.NewGuid(), null, false, new OrganisatieId("kustdorp")),
        new HashSet<Rol> { Rol.Regiocoordinator });

    [Fact]
    public async Task A_gemeente_in_two_regios_works_in_both_and_a_coordinator_only_in_their_own()
    {
        await VoegKustToeAsync();

        var velsen = await Werkgebied.ListAsync(await Als("velsen-inkoper"), Ct);
        var haarlem = await Werkgebied.ListAsync(await Als("haarlem-inkoper"), Ct);
        var coordinator = await Werkgebied.ListAsync(await Als("regio-coordinator"), Ct);
        var aanbieder = await Werkgebied.ListAsync(await Als("jeugdzorg-medewerker"), Ct);

        Assert.Equal(["kust-wmo", "zk-ijmond"], velsen.Select(r => r.Id.Value).Order());
        Assert.Equal(["zk-ijmond"], haarlem.Select(r => r.Id.Value));
        Assert.Equal(["zk-ijmond"], coordinator.Select(r => r.Id.Value));
        Assert.Equal(["demo-kustregio", "kust-wmo", "zk-ijmond"], aanbieder.Select(r => r.Id.Value).Order());
    }

    [Fact]
    public async Task A_regional_traject_of_the_second_regio_is_checked_against_its_own_gemeenten()
    {
        await VoegKustToeAsync();
        var kim = KustCoordinator();

        var buiten = await Aanmaken.CreateAsync(kim, Regionaal("kust-vervoer", "kustdorp", "haarlem"), Ct);
        var binnen = await Aanmaken.CreateAsync(kim, Regionaal("kust-vervoer", "kustdorp", "velsen"), Ct);

        Assert.Contains("haarlem", Assert.IsType<Uitkomst<TrajectVersie>.Ongeldig>(buiten).Fouten["deelnemers"], StringComparison.Ordinal);
        Assert.Equal([new GemeenteId("kustdorp"), new GemeenteId("velsen")], Gelukt(binnen).Traject.Deelnemers);
    }

    [Fact]
    public async Task Velsen_finds_the_unpublished_traject_of_the_second_regio_it_takes_part_in_and_Haarlem_does_not()
    {
        await VoegKustToeAsync();
        Gelukt(await Aanmaken.CreateAsync(KustCoordinator(), Regionaal("kust-vervoer", "kustdorp", "velsen"), Ct));

        var velsen = Gelukt(await Lijst.ListAsync(await Als("velsen-inkoper"), Ct));
        var alleenKust = Gelukt(await Lijst.ListAsync(await Als("velsen-inkoper"), Kust, Ct));
        var haarlem = Gelukt(await Lijst.ListAsync(await Als("haarlem-inkoper"), Ct));

        Assert.Contains(velsen, v => v.Traject.Id.Value == "kust-vervoer");
        Assert.Contains(velsen, v => v.Traject.Id.Value == "jeugdhulp-2023");
        Assert.DoesNotContain(alleenKust, v => v.Traject.Id.Value == "jeugdhulp-2023");
        Assert.DoesNotContain(haarlem, v => v.Traject.Id.Value == "kust-vervoer");
    }

    [Fact]
    public async Task An_owner_is_named_by_the_regio_that_knows_it()
    {
        var regios = new[] { KustWmo, new Domain.Regios.Regio(new RegioId("zk-ijmond"), "Zuid-Kennemerland en IJmond", [new Gemeente(new GemeenteId("haarlem"), "Haarlem", "Zuid-Kennemerland")]) };

        Assert.Equal("Regio Kust Wmo-samenwerking (demo)", new Eigenaar.DeRegio(Kust).Naam(regios));
        Assert.Equal("Regio Zuid-Kennemerland en IJmond", new Eigenaar.DeRegio(new RegioId("zk-ijmond")).Naam(regios));
        Assert.Equal("Gemeente Haarlem", new Eigenaar.EenGemeente(new GemeenteId("haarlem")).Naam(regios));
        Assert.Equal("regio:elders", new Eigenaar.DeRegio(new RegioId("elders")).Naam(regios));
    }

    private static NieuwTraject Regionaal(string id, params string[] deelnemers) =>
        new(id, "Vervoer aan de kust", $"regio:{Kust}", deelnemers, Procedure.Openbaar, Domain.Budgetten.Domein.Wmo, null, ["Vervoer"]);
}
