using Regio.Domain.Rapportages;
using Regio.Domain.Regios;
using Regio.Platform.Rapportages;
using Regio.Platform.Tests.Trajecten;
using Regio.Platform.Toegang;
using Regio.Tests;

namespace Regio.Platform.Tests.Rapportages;

/// <summary>The letter's use cases over real storage with the demo region loaded, acting as the demo people.</summary>
public abstract class RapportageTestBasis(AzuriteFixture azurite) : TrajectTestBasis(azurite)
{
    protected static readonly RegioId ZkIjmond = new("zk-ijmond");

    private RapportageStore Store => new(Storage.Clients);

    private RapportagePoort Poort => new(Storage.Regios, Store, Storage.Toegangspoort, Storage.Time);

    protected RapportagesBekijken Bekijken => new(Poort, Store);

    protected RapportageGenereren Genereren => new(Poort, Store, new Maandbronnen(Storage.Clients, Storage.Trajecten), Storage.Time);

    protected RapportageBewerken Bewerken => new(Poort, Store, Storage.Time);

    protected RapportageDefinitiefMaken DefinitiefMaken => new(Poort, Store, Storage.Time);

    protected RapportageDownloaden Downloaden => new(Poort, Store);

    /// <summary>A month's concept as the coordinator generates it.</summary>
    protected async Task<RapportageVersie> GenereerAsync(string maand)
    {
        var noor = await Als("regio-coordinator");
        return Gelukt(await Genereren.GenerateAsync(noor, ZkIjmond, maand, Ct));
    }

    /// <summary>All four parts as one text, for what must or must not be said anywhere in the letter.</summary>
    protected static string Alles(Rapportageteksten t) => string.Join("\n", t.Onderdelen.Select(o => o.Tekst));
}
