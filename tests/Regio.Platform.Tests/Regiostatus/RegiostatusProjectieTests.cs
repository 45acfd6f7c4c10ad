using Azure.Data.Tables;
using Regio.Platform.Regiostatus;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Tests;

namespace Regio.Platform.Tests.Regiostatus;

/// <summary>The status projection: written with every traject, healed for storage from before it, never leaking a gemeente's data.</summary>
public class RegiostatusProjectieTests(AzuriteFixture azurite) : RegiostatusTestBasis(azurite)
{
    private TableClient Tabel => Storage.Clients.Table(Names.TrajectenTable);

    private async Task<List<TableEntity>> RijenAsync(string partitie, string prefix) =>
        [.. Tabel.Query<TableEntity>(e => e.PartitionKey == partitie, cancellationToken: Ct).Where(e => e.RowKey.StartsWith(prefix, StringComparison.Ordinal))];

    [Fact]
    public async Task Loading_the_demo_writes_a_status_row_beside_every_traject_header_and_perceel_row()
    {
        await Als("regio-coordinator");

        foreach (var partitie in new[] { "regio|zk-ijmond", "gemeente|haarlem" })
        {
            // The header row "traject|{id}|kop" has "status|{id}"; each perceel row has its own; mijlpalen and bezwaren have none.
            var trajecten = (await RijenAsync(partitie, "traject|")).Select(r => r.RowKey["traject|".Length..])
                .Where(k => k.EndsWith("|kop", StringComparison.Ordinal) || (k.Contains("|perceel|", StringComparison.Ordinal) && !k.Contains("|bezwaar|", StringComparison.Ordinal)))
                .Select(k => k.EndsWith("|kop", StringComparison.Ordinal) ? k[..^"|kop".Length] : k).Order(StringComparer.Ordinal);
            var statussen = (await RijenAsync(partitie, "status|")).Select(r => r.RowKey["status|".Length..]).Order(StringComparer.Ordinal);
            Assert.True(trajecten.SequenceEqual(statussen), $"{partitie}: trajecten {string.Join(", ", trajecten)}, statusrijen {string.Join(", ", statussen)}");
            Assert.NotEmpty(trajecten);
        }
    }

    [Fact]
    public async Task A_phase_change_is_in_the_status_row_written_with_the_traject()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord"), Ct));

        var aangekondigd = versie.Traject.Percelen[0] with { Dossier = new Dossier { AankondigingGepubliceerd = versie.Peildatum } };
        var audit = new AuditEvent(Storage.Time.GetUtcNow(), anna.AuditNaam, "Dossier bijgewerkt", "traject:dagbesteding-2027", null, null);
        var opgeslagen = await Storage.Trajecten.SaveAsync(versie.Traject with { Percelen = [aangekondigd] }, versie.Versie, audit, Ct);
        var voor = (await ReadAsync("haarlem-inkoper")).Trajecten.Single(t => t.Id == versie.Traject.Id).Percelen.Single();

        Gelukt(await Fasewijziging.ChangeAsync(anna, versie.Traject.Id, 1, Fase.Aangekondigd, opgeslagen.Versie!.Value, Ct));
        var na = (await ReadAsync("haarlem-inkoper")).Trajecten.Single(t => t.Id == versie.Traject.Id).Percelen.Single();

        Assert.Equal((Fase.Voorbereiding, (DateOnly?)null), (voor.Fase, voor.FaseSinds));
        Assert.Equal((Fase.Aangekondigd, (DateOnly?)versie.Peildatum), (na.Fase, na.FaseSinds));
    }

    [Fact]
    public async Task Storage_from_before_the_projection_gets_its_status_rows_on_the_first_read()
    {
        await Als("regio-coordinator");
        var vooraf = await ReadAsync("regio-coordinator");
        foreach (var rij in (await RijenAsync("regio|zk-ijmond", "status")).ToList())
        {
            await Tabel.DeleteEntityAsync(rij.PartitionKey, rij.RowKey, cancellationToken: Ct);
        }
        Assert.Empty(await RijenAsync("regio|zk-ijmond", "status"));

        var herbouwd = Gelukt(await Status(NieuweProjectie()).ReadAsync(await Als("regio-coordinator"), ZkIjmond, null, null, null, Ct));

        Assert.Equal(vooraf.Trajecten.Select(t => (t.Id, t.Percelen.Count)), herbouwd.Trajecten.Select(t => (t.Id, t.Percelen.Count)));
        Assert.NotEmpty(herbouwd.Trajecten);
        Assert.Contains(await RijenAsync("regio|zk-ijmond", "status"), r => r.RowKey == "statusprojectie");
    }

    [Fact]
    public async Task The_coordinator_sees_only_regional_trajecten_and_a_gemeente_its_regional_and_own_ones()
    {
        var coordinator = await ReadAsync("regio-coordinator");
        var velsen = await ReadAsync("velsen-inkoper");
        var haarlem = await ReadAsync("haarlem-lezer");

        Assert.All(coordinator.Trajecten, t => Assert.True(t.IsRegionaal, $"{t.Id} is niet regionaal"));
        Assert.Equal(["jeugdhulp-2023"], coordinator.Trajecten.Select(t => t.Id.Value));
        Assert.Equal(["jeugdhulp-2023"], velsen.Trajecten.Select(t => t.Id.Value));
        Assert.Equal(["jeugdhulp-2023", "gewoon-in-de-wijk", "huishoudelijke-ondersteuning-2022"], haarlem.Trajecten.Select(t => t.Id.Value));
        Assert.Null(coordinator.Gemeente);
        Assert.Equal("haarlem", haarlem.Gemeente!.Value.Value);
    }

    [Fact]
    public async Task An_aanbieder_gets_no_status_and_a_gemeente_colleague_without_a_role_is_told_what_to_ask_for()
    {
        var aanbieder = await Status().ReadAsync(await Als("jeugdzorg-tekenbevoegde"), ZkIjmond, null, null, null, Ct);
        var zonderRol = await Status().ReadAsync(await Als("haarlem-zonder-rol"), ZkIjmond, null, null, null, Ct);
        var andereRegio = await Status().ReadAsync(await Als("regio-coordinator"), new("andere-regio"), null, null, null, Ct);

        Assert.IsType<Uitkomst<Statusoverzicht>.NietGevonden>(aanbieder);
        Assert.IsType<Uitkomst<Statusoverzicht>.NietGevonden>(andereRegio);
        Assert.Contains("Vraag een inkoper van uw gemeente", Assert.IsType<Uitkomst<Statusoverzicht>.Geweigerd>(zonderRol).Reden, StringComparison.Ordinal);
    }
}
