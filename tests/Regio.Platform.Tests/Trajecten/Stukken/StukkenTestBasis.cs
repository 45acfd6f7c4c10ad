using Azure.Storage.Blobs.Models;
using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Stukken;
using Regio.Tests;

namespace Regio.Platform.Tests.Trajecten.Stukken;

/// <summary>Tender documents over real Azurite: a fresh local traject of Haarlem per test, and ways to look at what was stored.</summary>
public abstract class StukkenTestBasis(AzuriteFixture azurite) : TrajectTestBasis(azurite)
{
    protected const string HaarlemPartitie = "gemeente|haarlem";

    protected StukkenBekijken Stukken => new(Storage.TrajectPoort, new StukStore(Storage.Clients));

    protected StukLezen Lezen => new(Storage.TrajectPoort, new StukStore(Storage.Clients));

    protected StukPublicatie Publicatie => new(Storage.TrajectPoort, new StukStore(Storage.Clients), Storage.Time);

    /// <summary>A new, unpublished local traject of Haarlem with two percelen, made by Haarlem's inkoper (who is returned).</summary>
    protected async Task<(Actor Inkoper, TrajectId Id)> NieuwTrajectAsync(string id)
    {
        var inkoper = await Als("haarlem-inkoper");
        Gelukt(await Aanmaken.CreateAsync(inkoper, Lokaal(id, "Noord", "Zuid"), Ct));
        return (inkoper, new TrajectId(id));
    }

    protected static StukUpload Bestand(byte[] inhoud, string naam, string? toelichting = null) => new(naam, new MemoryStream(inhoud), toelichting);

    protected async Task<byte[]> ReadAsync(Actor actor, TrajectId id, string stukId, int versie)
    {
        var bestand = Gelukt(await Lezen.GetAsync(actor, id, stukId, versie, Ct));
        await using var inhoud = bestand.Inhoud;
        using var kopie = new MemoryStream();
        await inhoud.CopyToAsync(kopie, Ct);
        return kopie.ToArray();
    }

    protected async Task<IReadOnlyList<string>> BlobsAsync(TrajectId id)
    {
        var namen = new List<string>();
        await foreach (var blob in Storage.Clients.Container(Names.PublicatiesContainer).GetBlobsAsync(new GetBlobsOptions { Prefix = $"{id}/" }, Ct))
        {
            namen.Add(blob.Name);
        }
        return namen;
    }

    protected Task<IReadOnlyList<AuditEvent>> AuditAsync() => AuditLog.ReadPartitionAsync(Storage.Clients.Table(Names.TrajectenTable), HaarlemPartitie, Ct);
}
