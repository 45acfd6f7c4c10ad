using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Trajecten;
using Regio.Tests;

namespace Regio.Platform.Tests.Trajecten;

public class TrajectAanmakenTests(AzuriteFixture azurite) : TrajectTestBasis(azurite)
{
    [Fact]
    public async Task Haarlems_inkoper_creates_a_local_traject_with_two_percelen_and_it_is_audited()
    {
        var anna = await Als("haarlem-inkoper");

        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord", "Zuid"), Ct));

        Assert.Equal(["Noord", "Zuid"], versie.Traject.Percelen.Select(p => p.Naam));
        Assert.Equal([new GemeenteId("haarlem")], versie.Traject.Deelnemers);
        var gelezen = (await Storage.Trajecten.GetAsync(new TrajectId("dagbesteding-2027"), Ct))!.Value;
        Assert.Equal(versie.Versie, gelezen.Versie);
        Assert.Equal(new Contractvoorwaarden(6, [3], Bekostiging.Taakgericht).Evaluatiemomenten, gelezen.Traject.Contract!.Evaluatiemomenten);
        var partition = TrajectStore.PartitionKey(versie.Traject.Eigenaar);
        var audit = await AuditLog.ReadPartitionAsync(Storage.Clients.Table(Names.TrajectenTable), partition, Ct);
        Assert.Contains(audit, e => e.Actie == "Traject aangemaakt" && e.Onderwerp == "traject:dagbesteding-2027" && e.Actor == anna.AuditNaam);
    }

    [Fact]
    public async Task The_regio_coordinator_creates_a_regional_traject_with_participating_gemeenten()
    {
        var coordinator = await Als("regio-coordinator");
        var nieuw = new NieuwTraject("beschermd-wonen-2028", "Beschermd wonen", "regio:zk-ijmond", ["haarlem", "velsen"],
            Procedure.Dialooggericht, Domein.SocialeBasis, null, null);

        var versie = Gelukt(await Aanmaken.CreateAsync(coordinator, nieuw, Ct));

        Assert.Equal([new GemeenteId("haarlem"), new GemeenteId("velsen")], versie.Traject.Deelnemers);
        Assert.Equal("Beschermd wonen", Assert.Single(versie.Traject.Percelen).Naam);
        // Participating gemeenten see it before publication; one that does not participate does not know it exists.
        Gelukt(await TrajectBekijken.GetAsync(await Als("velsen-budgethouder"), versie.Traject.Id, Ct));
        Assert.IsType<Uitkomst<TrajectVersie>.NietGevonden>(await TrajectBekijken.GetAsync(await Als("zandvoort-inkoper"), versie.Traject.Id, Ct));
    }

    /// <summary>
    /// NietGevonden, not Geweigerd: Velsen has no business knowing what Haarlem prepares, and answering "forbidden"
    /// would treat Haarlem's partition as something Velsen could ask for with another role.
    /// </summary>
    [Fact]
    public async Task Velsens_inkoper_cannot_create_a_traject_for_Haarlem_is_told_who_can_and_the_refusal_is_audited()
    {
        var velsen = await Als("velsen-inkoper");

        var uitkomst = await Aanmaken.CreateAsync(velsen, Lokaal("dagbesteding-2027"), Ct);

        Assert.Contains("alleen een inkoper van die gemeente", Assert.IsType<Uitkomst<TrajectVersie>.Geweigerd>(uitkomst).Reden, StringComparison.Ordinal);
        Assert.Null(await Storage.Trajecten.GetAsync(new TrajectId("dagbesteding-2027"), Ct));
        var audit = await Storage.Organisaties.ReadAuditAsync(Platform.Organisaties.OrganisatieStore.OrganisatiePartition(new Domain.Organisaties.OrganisatieId("velsen")), Ct);
        Assert.Contains(audit, e => e.Actie == "Toegang geweigerd" && e.Onderwerp == "traject aanmaken voor gemeente:haarlem");
    }

    [Fact]
    public async Task Haarlems_lezer_may_not_create_a_traject_and_is_told_whom_to_ask()
    {
        var uitkomst = await Aanmaken.CreateAsync(await Als("haarlem-lezer"), Lokaal("dagbesteding-2027"), Ct);

        Assert.Contains("inkoper", Assert.IsType<Uitkomst<TrajectVersie>.Geweigerd>(uitkomst).Reden, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_input_gives_Dutch_errors_per_field()
    {
        var coordinator = await Als("regio-coordinator");
        var nieuw = new NieuwTraject("x", " ", "regio:zk-ijmond", ["haarlem", "amsterdam"], null, null,
            new Contractvoorwaarden(10, [3, 12], Bekostiging.Outputgericht), ["A", ""]);

        var fouten = Assert.IsType<Uitkomst<TrajectVersie>.Ongeldig>(await Aanmaken.CreateAsync(coordinator, nieuw, Ct)).Fouten;

        Assert.Contains("maximaal 9 jaar", fouten["contract.looptijdJaren"], StringComparison.Ordinal);
        Assert.Contains("amsterdam", fouten["deelnemers"], StringComparison.Ordinal);
        Assert.Contains("naam", fouten["naam"], StringComparison.Ordinal);
        Assert.Contains("Perceel 2", fouten["percelen"], StringComparison.Ordinal);
        Assert.True(fouten.ContainsKey("id"));
    }

    [Fact]
    public async Task Creating_a_traject_with_an_existing_id_is_a_conflict()
    {
        var anna = await Als("haarlem-inkoper");

        var uitkomst = await Aanmaken.CreateAsync(anna, Lokaal("gewoon-in-de-wijk"), Ct);

        Assert.IsType<Uitkomst<TrajectVersie>.Conflict>(uitkomst);
    }
}
