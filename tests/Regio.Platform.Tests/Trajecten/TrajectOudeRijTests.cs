using Azure.Data.Tables;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Trajecten;
using Regio.Tests;

namespace Regio.Platform.Tests.Trajecten;

/// <summary>Storage from an older build holds a traject as one row: it is still read, and written as rows when it next changes.</summary>
public class TrajectOudeRijTests(AzuriteFixture azurite)
{
    private static readonly Eigenaar Haarlem = new Eigenaar.EenGemeente(new GemeenteId("haarlem"));

    private readonly TestStorage _storage = new(azurite);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private TableClient Tabel => _storage.Clients.Table(Names.TrajectenTable);

    [Fact]
    public async Task A_traject_stored_as_one_row_is_read_and_its_next_change_writes_it_as_rows()
    {
        var traject = await BewaarOudAsync(TrajectRijenTests.Groot("oud-traject", percelen: 3, bezwaren: 4, toelatingen: 5, tekstlengte: 200));
        var gelezen = (await _storage.Trajecten.GetAsync(traject.Id, Ct))!.Value;
        Assert.Equal(Json.Write(traject), Json.Write(gelezen.Traject));

        var hernoemd = gelezen.Traject with { Naam = "Hernoemd" };
        var opgeslagen = await _storage.Trajecten.SaveAsync(gelezen, hernoemd, gelezen.Versie, Audit(traject, "Traject gewijzigd"), Ct);

        Assert.True(opgeslagen.Versie is not null, "De wijziging van een traject in één rij is niet opgeslagen.");
        Assert.Equal(Json.Write(hernoemd), Json.Write((await _storage.Trajecten.GetAsync(traject.Id, Ct))!.Value.Traject));
        var sleutels = await SleutelsAsync();
        Assert.DoesNotContain("traject|oud-traject", sleutels);
        Assert.Contains("traject|oud-traject|perceel|003", sleutels);
        Assert.Contains("traject|oud-traject|perceel|002|bezwaar|0001", sleutels);
    }

    [Fact]
    public async Task Loading_the_demo_again_writes_a_traject_stored_as_one_row_as_rows_and_keeps_what_it_holds()
    {
        var traject = await BewaarOudAsync(TrajectRijenTests.Groot("oud-traject", percelen: 2, bezwaren: 1, toelatingen: 5, tekstlengte: 200));

        var toegevoegd = await _storage.Trajecten.AddAsync(traject with { Naam = "Uit de demo" }, Audit(traject, "Traject aangemaakt"), Ct);

        Assert.False(toegevoegd);
        Assert.Equal(Json.Write(traject), Json.Write((await _storage.Trajecten.GetAsync(traject.Id, Ct))!.Value.Traject));
        Assert.Equal(["traject|oud-traject|kop", "traject|oud-traject|mijlpaal|0001"], (await SleutelsAsync()).Take(2));
        Assert.DoesNotContain("traject|oud-traject", await SleutelsAsync());
    }

    /// <summary>The row as builds before the split wrote it, with its index row.</summary>
    private async Task<Traject> BewaarOudAsync(Traject traject)
    {
        await _storage.Initializer.EnsureCreatedAsync(Ct);
        await Tabel.AddEntityAsync(new TableEntity(TrajectStore.PartitionKey(Haarlem), "traject|" + traject.Id)
        {
            ["Naam"] = traject.Naam,
            ["Eigenaar"] = traject.Eigenaar.Sleutel,
            ["Deelnemers"] = Json.Write(traject.Deelnemers.Select(d => d.Value)),
            ["Procedure"] = traject.Procedure?.ToString(),
            ["ProcedureToelichting"] = traject.ProcedureToelichting,
            ["Percelen"] = Json.Write(traject.Percelen),
            ["Planning"] = Json.Write(traject.Mijlpalen),
            ["Domein"] = traject.Domein?.ToString(),
            ["Contract"] = traject.Contract is { } c ? Json.Write(c) : null,
        }, Ct);
        await Tabel.AddEntityAsync(new TableEntity(TrajectStore.IndexPartition, traject.Id.Value) { ["Eigenaar"] = traject.Eigenaar.Sleutel }, Ct);
        return traject;
    }

    private async Task<List<string>> SleutelsAsync()
    {
        var sleutels = new List<string>();
        await foreach (var rij in Tabel.QueryAsync<TableEntity>(r => r.PartitionKey == "gemeente|haarlem", select: ["RowKey"], cancellationToken: Ct))
        {
            if (rij.RowKey.StartsWith("traject|", StringComparison.Ordinal))
            {
                sleutels.Add(rij.RowKey);
            }
        }
        return sleutels;
    }

    private AuditEvent Audit(Traject traject, string actie) => new(_storage.Time.GetUtcNow(), "test", actie, $"traject:{traject.Id}", null, null);
}
