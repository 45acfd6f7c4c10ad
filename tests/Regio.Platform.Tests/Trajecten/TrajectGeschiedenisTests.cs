using Azure.Data.Tables;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;
using Regio.Tests;

namespace Regio.Platform.Tests.Trajecten;

public class TrajectGeschiedenisTests(AzuriteFixture azurite) : TrajectTestBasis(azurite)
{
    private TrajectGeschiedenis Geschiedenis => new(Storage.Trajecten, Storage.Organisaties, Storage.Toegangspoort, Storage.Time);

    [Fact]
    public async Task The_history_names_who_did_what_and_the_chain_verifies()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord"), Ct));
        Gelukt(await Dossier.SaveAsync(anna, versie.Traject.Id, 1, new Feit.AankondigingGepubliceerd(versie.Peildatum), versie.Versie, Ct));

        var historie = Gelukt(await Geschiedenis.ReadAsync(anna, versie.Traject.Id, Ct));

        Assert.Equal(["Traject aangemaakt", "Feit vastgelegd: aankondiging gepubliceerd"], historie.Gebeurtenissen.Select(g => g.Actie));
        Assert.All(historie.Gebeurtenissen, g => Assert.Equal((anna.Naam, "haarlem"), (g.Wie, g.Organisatie)));
        Assert.True(historie.Keten.IsHeel, historie.Keten.Breuk);
    }

    [Fact]
    public async Task An_edited_audit_event_is_reported_as_a_break_in_the_chain()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord"), Ct));
        Gelukt(await Perceeltoevoeging.AddAsync(anna, versie.Traject.Id, "Zuid", versie.Versie, Ct));
        var table = Storage.Clients.Table(Names.TrajectenTable);
        var gebeurtenis = table.Query<TableEntity>(e => e.PartitionKey == "gemeente|haarlem", cancellationToken: Ct)
            .Where(e => e.RowKey.StartsWith($"audit|traject|{versie.Traject.Id}~", StringComparison.Ordinal)).OrderBy(e => e.RowKey).Last();

        gebeurtenis["Actie"] = "Niets gebeurd";
        await table.UpdateEntityAsync(gebeurtenis, gebeurtenis.ETag, TableUpdateMode.Replace, Ct);
        var historie = Gelukt(await Geschiedenis.ReadAsync(anna, versie.Traject.Id, Ct));

        Assert.False(historie.Keten.IsHeel);
        Assert.Contains($"gebeurtenis {gebeurtenis.GetInt64("Volgnummer")}", historie.Keten.Breuk, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Velsen_cannot_read_the_history_of_Haarlems_local_traject()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord"), Ct));

        Assert.IsType<Uitkomst<TrajectHistorie>.NietGevonden>(await Geschiedenis.ReadAsync(await Als("velsen-inkoper"), versie.Traject.Id, Ct));
    }
}
