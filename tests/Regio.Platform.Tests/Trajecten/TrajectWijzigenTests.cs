using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Trajecten;
using Regio.Tests;

namespace Regio.Platform.Tests.Trajecten;

public class TrajectWijzigenTests(AzuriteFixture azurite) : TrajectTestBasis(azurite)
{
    [Fact]
    public async Task Inkoper_renames_an_unpublished_traject_and_changes_its_contract_terms_with_both_audited()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord"), Ct));
        var contract = new Contractvoorwaarden(8, [6, 3], Bekostiging.Inspanningsgericht);

        var gewijzigd = Gelukt(await Wijzigen.SaveAsync(anna, versie.Traject.Id,
            Zoals(versie.Traject) with { Naam = "  Dagbesteding Haarlem 2028 (demo) ", Contract = contract }, versie.Versie, Ct));

        var gelezen = (await Storage.Trajecten.GetAsync(versie.Traject.Id, Ct))!.Value;
        Assert.Equal(gewijzigd.Versie, gelezen.Versie);
        Assert.Equal("Dagbesteding Haarlem 2028 (demo)", gelezen.Traject.Naam);
        Assert.Equal((8, Bekostiging.Inspanningsgericht), (gelezen.Traject.Contract!.LooptijdJaren, gelezen.Traject.Contract.Bekostiging));
        Assert.Equal([6, 3], gelezen.Traject.Contract.Evaluatiemomenten);
        Assert.Equal((Procedure.Openbaar, "Noord"), (gelezen.Traject.Procedure, gelezen.Traject.Percelen.Single().Naam));
        var table = Storage.Clients.Table(Names.TrajectenTable);
        var laatste = (await AuditLog.ReadPartitionAsync(table, "gemeente|haarlem", Ct))[^1];
        Assert.Equal(("Traject gewijzigd", "traject:dagbesteding-2027", anna.AuditNaam), (laatste.Actie, laatste.Onderwerp, laatste.Actor));
        Assert.Equal("""{"naam":"Dagbesteding Haarlem","contract":{"looptijdJaren":6,"evaluatiemomenten":[3],"bekostiging":"Taakgericht","reeleTarieven":false}}""", laatste.Voor);
        Assert.Equal("""{"naam":"Dagbesteding Haarlem 2028 (demo)","contract":{"looptijdJaren":8,"evaluatiemomenten":[6,3],"bekostiging":"Inspanningsgericht","reeleTarieven":false}}""", laatste.Na);
        Assert.Null(await AuditControle.VerifyPartitionAsync(table, "gemeente|haarlem", Ct));
    }

    [Fact]
    public async Task Changing_the_procedure_of_a_published_traject_is_refused_with_its_code_and_changes_nothing()
    {
        var coordinator = await Als("regio-coordinator");
        var versie = Gelukt(await TrajectBekijken.GetAsync(coordinator, new TrajectId("jeugdhulp-2023"), Ct));
        Assert.True(versie.Traject.IsGepubliceerd(versie.Peildatum), "De demo jeugdhulp 2023 hoort gepubliceerd te zijn.");

        var uitkomst = await Wijzigen.SaveAsync(coordinator, versie.Traject.Id,
            Zoals(versie.Traject) with { Naam = "Jeugdhulp 2023 (demo)", Procedure = Procedure.Openbaar }, versie.Versie, Ct);

        var conflict = Assert.IsType<Uitkomst<TrajectVersie>.Conflict>(uitkomst);
        Assert.Equal((TrajectWijziging.Gepubliceerd, false), (conflict.Code, conflict.Verouderd));
        Assert.StartsWith("Dit traject is gepubliceerd; procedure, deelnemers en contractvoorwaarden liggen vast.", conflict.Melding, StringComparison.Ordinal);
        var gelezen = (await Storage.Trajecten.GetAsync(versie.Traject.Id, Ct))!.Value;
        Assert.Equal((versie.Versie, versie.Traject.Naam, versie.Traject.Procedure), (gelezen.Versie, gelezen.Traject.Naam, gelezen.Traject.Procedure));
    }

    [Fact]
    public async Task The_name_of_a_published_traject_can_still_change()
    {
        var coordinator = await Als("regio-coordinator");
        var versie = Gelukt(await TrajectBekijken.GetAsync(coordinator, new TrajectId("jeugdhulp-2023"), Ct));

        var gewijzigd = Gelukt(await Wijzigen.SaveAsync(coordinator, versie.Traject.Id, Zoals(versie.Traject) with { Naam = "Jeugdhulp 2023 (demo)" }, versie.Versie, Ct));

        Assert.Equal("Jeugdhulp 2023 (demo)", (await Storage.Trajecten.GetAsync(versie.Traject.Id, Ct))!.Value.Traject.Naam);
        Assert.Equal(versie.Traject.Procedure, gewijzigd.Traject.Procedure);
        Assert.Equal(versie.Traject.Deelnemers, gewijzigd.Traject.Deelnemers);
    }

    [Fact]
    public async Task Velsen_cannot_change_Haarlems_unpublished_traject_nor_learn_that_it_exists()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord"), Ct));

        var uitkomst = await Wijzigen.SaveAsync(await Als("velsen-inkoper"), versie.Traject.Id, Zoals(versie.Traject) with { Naam = "Overgenomen (demo)" }, versie.Versie, Ct);

        Assert.IsType<Uitkomst<TrajectVersie>.NietGevonden>(uitkomst);
        Assert.Equal(versie.Versie, (await Storage.Trajecten.GetAsync(versie.Traject.Id, Ct))!.Value.Versie);
    }

    [Fact]
    public async Task A_change_that_changes_nothing_is_refused_and_not_audited()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord"), Ct));

        var uitkomst = await Wijzigen.SaveAsync(anna, versie.Traject.Id, Zoals(versie.Traject) with { Naam = " Dagbesteding Haarlem" }, versie.Versie, Ct);

        Assert.Equal(TrajectWijziging.NietsGewijzigd, Assert.IsType<Uitkomst<TrajectVersie>.Conflict>(uitkomst).Code);
        Assert.DoesNotContain(await AuditLog.ReadPartitionAsync(Storage.Clients.Table(Names.TrajectenTable), "gemeente|haarlem", Ct), e => e.Actie == "Traject gewijzigd");
    }

    [Fact]
    public async Task A_local_traject_cannot_take_another_gemeente_as_deelnemer()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord"), Ct));

        var uitkomst = await Wijzigen.SaveAsync(anna, versie.Traject.Id, Zoals(versie.Traject) with { Deelnemers = ["haarlem", "velsen"] }, versie.Versie, Ct);

        Assert.StartsWith("Een lokaal traject heeft alleen de eigen gemeente", Assert.IsType<Uitkomst<TrajectVersie>.Ongeldig>(uitkomst).Fouten["deelnemers"], StringComparison.Ordinal);
    }

    private static TrajectWijziging Zoals(Traject traject) => new(
        traject.Naam, traject.IsRegionaal ? traject.Deelnemers.Select(d => d.Value).ToList() : null, traject.Procedure, traject.Domein, traject.Contract);
}
