using Regio.Domain.Trajecten;
using Regio.Platform.Aanbieders;
using Regio.Platform.Tests.Trajecten;
using Regio.Platform.Toegang;
using Regio.Tests;

namespace Regio.Platform.Tests.Aanbieders;

/// <summary>Registrations for perceel 2 of the demo's published regional traject jeugdhulp 2023 (in its dialogue phase on the test's date).</summary>
public abstract class AanmeldingTestBasis(AzuriteFixture azurite, DateTimeOffset? nu = null) : TrajectTestBasis(azurite, nu)
{
    protected static readonly TrajectId Jeugdhulp = new("jeugdhulp-2023");
    protected const int Perceel = 2;
    protected const string Thuishulp = "demo-thuishulp-ijmond";
    protected static readonly Verklaringsinvoer Uea = new(["Uea", "GeenUitsluitingsgronden"], null);

    private AanmeldingStore? _store;

    protected AanmeldingStore Store => _store ??= new AanmeldingStore(Storage.Clients);

    protected AanmeldingenBeheer Aanmeldingen =>
        new(Storage.Trajecten, Storage.TrajectPoort, Store, Storage.Organisaties, Beheer, Storage.Toegangspoort, Storage.Time);

    protected Inschrijvers Inschrijvers => new(Store);

    protected async Task<Combinatiebeeld> RichtOpAsync(Actor penvoerder, params string[] leden) =>
        Gelukt(await Aanmeldingen.RichtOpAsync(penvoerder, Jeugdhulp, Perceel, "Samen voor Jeugd (demo)", leden, Uea, Ct));

    protected static string? Code<T>(Uitkomst<T> uitkomst) => Assert.IsType<Uitkomst<T>.Conflict>(uitkomst).Code;
}
