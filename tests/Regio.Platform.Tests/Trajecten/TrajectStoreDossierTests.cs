using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Platform.Audit;
using Regio.Tests;

namespace Regio.Platform.Tests.Trajecten;

public class TrajectStoreDossierTests(AzuriteFixture azurite)
{
    private readonly TestStorage _storage = new(azurite);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_full_dossier_and_the_contract_terms_round_trip_through_storage()
    {
        await _storage.Initializer.EnsureCreatedAsync(Ct);
        var d = new DateOnly(2027, 3, 1);
        var dossier = new Dossier
        {
            AankondigingGepubliceerd = d,
            HoofdkenmerkenVastgelegd = d.AddDays(1),
            InschrijvingstermijnSluit = d.AddDays(40),
            ProcessenVerbaal = [new ProcesVerbaal(Fase.Selectie, d.AddDays(20))],
            Gunningsbeslissing = new Gunningsbeslissing(d.AddDays(60), "Beste prijs-kwaliteitverhouding"),
            Bezwaren = [new Bezwaar(d.AddDays(62), null)],
            Toelatingen = [new Toelating("Thuishulp IJmond", d.AddDays(5), d.AddDays(9))],
            Intrekking = new Intrekking(d.AddDays(90), "Budget vervallen"),
        };
        var traject = new Traject(new TrajectId("rondje"), "Rondje", new Eigenaar.EenGemeente(new GemeenteId("haarlem")), [new GemeenteId("haarlem")],
            Procedure.Dialooggericht, null, [new Perceel(1, "Een", [new FaseOvergang(Fase.Aangekondigd, d, "test")], dossier), new Perceel(2, "Twee", [])], [],
            Domain.Budgetten.Domein.SocialeBasis, new Contractvoorwaarden(9, [3, 6], Bekostiging.Inspanningsgericht));
        var audit = new AuditEvent(_storage.Time.GetUtcNow(), "test", "Traject aangemaakt", "traject:rondje", null, null);

        var versie = (await _storage.Trajecten.AddWithVersieAsync(traject, audit, Ct)).Versie;
        var gelezen = (await _storage.Trajecten.GetAsync(traject.Id, Ct))!.Value;

        Assert.Equal(versie, gelezen.Versie);
        var perceel = gelezen.Traject.Percelen[0];
        Assert.Equal(dossier with { ProcessenVerbaal = perceel.Dossier.ProcessenVerbaal, Bezwaren = perceel.Dossier.Bezwaren, Toelatingen = perceel.Dossier.Toelatingen }, perceel.Dossier);
        Assert.Equal(dossier.ProcessenVerbaal, perceel.Dossier.ProcessenVerbaal);
        Assert.Equal(dossier.Bezwaren, perceel.Dossier.Bezwaren);
        Assert.Equal(dossier.Toelatingen, perceel.Dossier.Toelatingen);
        // A perceel stored without facts reads back as an empty dossier (lists compare by reference, so compare the rest).
        var leeg = gelezen.Traject.Percelen[1].Dossier;
        Assert.Equal(Dossier.Leeg, leeg with { ProcessenVerbaal = Dossier.Leeg.ProcessenVerbaal, Bezwaren = Dossier.Leeg.Bezwaren, Toelatingen = Dossier.Leeg.Toelatingen });
        Assert.True(leeg.ProcessenVerbaal.Count + leeg.Bezwaren.Count + leeg.Toelatingen.Count == 0);
        Assert.Equal((Domain.Budgetten.Domein.SocialeBasis, 9, Bekostiging.Inspanningsgericht), (gelezen.Traject.Domein, gelezen.Traject.Contract!.LooptijdJaren, gelezen.Traject.Contract.Bekostiging));
        Assert.Equal([3, 6], gelezen.Traject.Contract.Evaluatiemomenten);
    }

    [Fact]
    public async Task Saving_with_a_stale_version_changes_nothing()
    {
        await _storage.Initializer.EnsureCreatedAsync(Ct);
        var traject = new Traject(new TrajectId("oud"), "Oud", new Eigenaar.DeRegio(new RegioId("zk-ijmond")), [], null, null, [], []);
        AuditEvent Audit() => new(_storage.Time.GetUtcNow(), "test", "Test", "traject:oud", null, null);
        var eerste = (await _storage.Trajecten.AddWithVersieAsync(traject, Audit(), Ct)).Versie!.Value;
        var tweede = await _storage.Trajecten.SaveAsync(traject with { Naam = "Nieuw" }, eerste, Audit(), Ct);

        var opnieuw = await _storage.Trajecten.SaveAsync(traject with { Naam = "Verloren" }, eerste, Audit(), Ct);

        Assert.True(opnieuw.Verouderd);
        Assert.Equal(("Nieuw", tweede.Versie!.Value), ((await _storage.Trajecten.GetAsync(traject.Id, Ct))!.Value.Traject.Naam, (await _storage.Trajecten.GetAsync(traject.Id, Ct))!.Value.Versie));
        Assert.True((await _storage.Trajecten.AddWithVersieAsync(traject, Audit(), Ct)).Verouderd);
    }
}
