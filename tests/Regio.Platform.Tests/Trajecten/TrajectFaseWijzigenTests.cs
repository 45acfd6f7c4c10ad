using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Trajecten;
using Regio.Tests;

namespace Regio.Platform.Tests.Trajecten;

public class TrajectFaseWijzigenTests(AzuriteFixture azurite) : TrajectTestBasis(azurite)
{
    [Fact]
    public async Task Announcing_without_a_published_announcement_is_refused_with_the_gates_code()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord"), Ct));

        var uitkomst = await Fasewijziging.ChangeAsync(anna, versie.Traject.Id, 1, Fase.Aangekondigd, versie.Versie, Ct);

        var conflict = Assert.IsType<Uitkomst<TrajectVersie>.Conflict>(uitkomst);
        Assert.Equal(("GeenAankondiging", false), (conflict.Code, conflict.Verouderd));
    }

    [Fact]
    public async Task Of_two_changes_with_the_same_ETag_exactly_one_wins_and_nothing_is_lost()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord"), Ct));

        var uitkomsten = await Task.WhenAll(
            Perceeltoevoeging.AddAsync(anna, versie.Traject.Id, "Zuid", versie.Versie, Ct),
            Perceeltoevoeging.AddAsync(anna, versie.Traject.Id, "Oost", versie.Versie, Ct));

        var winnaar = Assert.Single(uitkomsten.OfType<Uitkomst<TrajectVersie>.Gelukt>()).Waarde;
        Assert.Single(uitkomsten, u => u is Uitkomst<TrajectVersie>.Conflict { Verouderd: true });
        var gelezen = (await Storage.Trajecten.GetAsync(versie.Traject.Id, Ct))!.Value;
        Assert.Equal(winnaar.Versie, gelezen.Versie);
        Assert.Equal(winnaar.Traject.Percelen.Select(p => p.Naam), gelezen.Traject.Percelen.Select(p => p.Naam));
        var table = Storage.Clients.Table(Names.TrajectenTable);
        var partition = TrajectStore.PartitionKey(versie.Traject.Eigenaar);
        Assert.Null(await AuditControle.VerifyPartitionAsync(table, partition, Ct));
        Assert.Single(await AuditLog.ReadPartitionAsync(table, partition, Ct), e => e.Actie == "Perceel toegevoegd");
    }

    [Fact]
    public async Task Once_the_announcement_is_in_the_dossier_the_phase_changes_and_is_audited_with_before_and_after()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord"), Ct));
        var vandaag = versie.Peildatum;
        var perceel = versie.Traject.Percelen[0] with { Dossier = new Dossier { AankondigingGepubliceerd = vandaag } };
        var audit = new AuditEvent(Storage.Time.GetUtcNow(), anna.AuditNaam, "Dossier bijgewerkt", "traject:dagbesteding-2027", null, null);
        var opgeslagen = await Storage.Trajecten.SaveAsync(versie.Traject with { Percelen = [perceel] }, versie.Versie, audit, Ct);

        var gewijzigd = Gelukt(await Fasewijziging.ChangeAsync(anna, versie.Traject.Id, 1, Fase.Aangekondigd, opgeslagen.Versie!.Value, Ct));

        Assert.Equal(Fase.Aangekondigd, gewijzigd.Traject.Percelen[0].FaseOp(vandaag));
        Assert.True(gewijzigd.Traject.IsGepubliceerd(vandaag));
        var gelezen = (await Storage.Trajecten.GetAsync(versie.Traject.Id, Ct))!.Value;
        Assert.Equal(("Fasewijziging door " + anna.Naam, gewijzigd.Versie), (gelezen.Traject.Percelen[0].StandOp(vandaag)!.Bron, gelezen.Versie));
        var laatste = (await AuditLog.ReadPartitionAsync(Storage.Clients.Table(Names.TrajectenTable), "gemeente|haarlem", Ct))[^1];
        Assert.Equal(("Fase gewijzigd", """{"perceel":1,"fase":"Voorbereiding"}""", """{"perceel":1,"fase":"Aangekondigd"}"""), (laatste.Actie, laatste.Voor, laatste.Na));
        // Published now: Velsen may see it.
        Gelukt(await TrajectBekijken.GetAsync(await Als("velsen-inkoper"), versie.Traject.Id, Ct));
    }

    [Fact]
    public async Task Only_the_owner_may_change_a_traject_it_can_see()
    {
        var velsen = await Als("velsen-inkoper");
        var versie = Gelukt(await TrajectBekijken.GetAsync(velsen, new TrajectId("jeugdhulp-2023"), Ct));

        var uitkomst = await Perceeltoevoeging.AddAsync(velsen, versie.Traject.Id, "Extra", versie.Versie, Ct);

        Assert.Contains("regiocoördinator", Assert.IsType<Uitkomst<TrajectVersie>.Geweigerd>(uitkomst).Reden, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_traject_without_procedure_cannot_change_phase()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027") with { Procedure = null }, Ct));

        var uitkomst = await Fasewijziging.ChangeAsync(anna, versie.Traject.Id, 1, Fase.Aangekondigd, versie.Versie, Ct);

        Assert.True(Assert.IsType<Uitkomst<TrajectVersie>.Ongeldig>(uitkomst).Fouten.ContainsKey("procedure"));
    }
}
