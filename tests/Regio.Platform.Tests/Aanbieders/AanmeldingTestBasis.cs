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

    private Aanmeldpoort Aanmeldpoort => new(Storage.TrajectPoort, Store);

    private Combinatiepoort Combinatiepoort => new(Store, Storage.Trajecten, Storage.Toegangspoort, Storage.Time);

    private Combinatiewijziging Wijziging => new(Combinatiepoort, Store, Storage.Time);

    protected AlleenAanmelden Alleen => new(Aanmeldpoort, Store, Storage.Time);

    protected CombinatieOprichten Oprichten => new(Aanmeldpoort, Store, Storage.Organisaties, Storage.Trajecten, Storage.Time);

    protected AanmeldingenBekijken Perceelaanmeldingen => new(Storage.Trajecten, Store, Storage.Toegangspoort, Storage.Time);

    protected EigenAanmeldingenBekijken EigenAanmeldingen => new(Lijst, Store, Storage.Toegangspoort, Storage.Time);

    protected CombinatieBekijken Combinatie => new(Combinatiepoort);

    protected DeelnameBevestigen Bevestigen => new(Wijziging, Storage.Time);

    protected LidUitnodigen Uitnodigen => new(Wijziging, Storage.Organisaties);

    protected LidVerwijderen Verwijderen => new(Wijziging);

    protected Inschrijvers Inschrijvers => new(Store);

    protected async Task<Combinatiebeeld> RichtOpAsync(Actor penvoerder, params string[] leden) =>
        Gelukt(await Oprichten.CreateAsync(penvoerder, Jeugdhulp, Perceel, "Samen voor Jeugd (demo)", leden, Uea, Ct));

    protected static string? Code<T>(Uitkomst<T> uitkomst) => Assert.IsType<Uitkomst<T>.Conflict>(uitkomst).Code;
}
