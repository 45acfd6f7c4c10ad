using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Domain.Trajecten.Planning;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Trajecten;
using Regio.Tests;

namespace Regio.Platform.Tests.Trajecten;

/// <summary>A traject stored as rows: a large one fits and reads back equal, one that cannot fit is refused in Dutch.</summary>
public class TrajectRijenTests(AzuriteFixture azurite)
{
    private static readonly Eigenaar Haarlem = new Eigenaar.EenGemeente(new GemeenteId("haarlem"));
    private static readonly DateOnly Dag = new(2027, 3, 1);

    private readonly TestStorage _storage = new(azurite);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_traject_with_20_percelen_50_bezwaren_of_maximum_length_and_a_long_dossier_reads_back_equal()
    {
        await _storage.Initializer.EnsureCreatedAsync(Ct);
        var traject = Groot("groot-2027", percelen: 20, bezwaren: 50);

        var toegevoegd = await _storage.Trajecten.AddWithVersieAsync(traject, Audit(traject), Ct);
        var gelezen = (await _storage.Trajecten.GetAsync(traject.Id, Ct))!.Value;

        Assert.True(toegevoegd.Versie is not null, $"Niet opgeslagen: {toegevoegd.TeGroot}");
        Assert.Equal(Json.Write(traject), Json.Write(gelezen.Traject));
        Assert.Equal(toegevoegd.Versie, gelezen.Versie);
        var lijst = await _storage.Trajecten.ListForOwnerAsync(Haarlem, Ct);
        Assert.Equal(Json.Write(traject), Json.Write(lijst.Single()));
    }

    [Fact]
    public async Task Reading_one_traject_never_picks_up_another_whose_id_starts_the_same()
    {
        await _storage.Initializer.EnsureCreatedAsync(Ct);
        var kort = Groot("wijk", percelen: 1, bezwaren: 0);
        var lang = Groot("wijk-2", percelen: 2, bezwaren: 1);
        await _storage.Trajecten.AddWithVersieAsync(lang, Audit(lang), Ct);
        await _storage.Trajecten.AddWithVersieAsync(kort, Audit(kort), Ct);

        var gelezen = (await _storage.Trajecten.GetAsync(kort.Id, Ct))!.Value;

        Assert.Equal(Json.Write(kort), Json.Write(gelezen.Traject));
        Assert.Equal(2, (await _storage.Trajecten.ListForOwnerAsync(Haarlem, Ct)).Count);
    }

    [Fact]
    public async Task A_traject_not_found_is_found_once_added_and_keeps_reading_its_latest_rows()
    {
        await _storage.Initializer.EnsureCreatedAsync(Ct);
        var traject = Groot("later", percelen: 1, bezwaren: 0);
        Assert.Null(await _storage.Trajecten.GetAsync(traject.Id, Ct));

        await _storage.Trajecten.AddWithVersieAsync(traject, Audit(traject), Ct);
        var eerst = (await _storage.Trajecten.GetAsync(traject.Id, Ct))!.Value;
        var gewijzigd = traject with { Naam = "Later, hernoemd" };
        var opgeslagen = await _storage.Trajecten.SaveAsync(gewijzigd, eerst.Versie, Audit(gewijzigd), Ct);
        var daarna = (await _storage.Trajecten.GetAsync(traject.Id, Ct))!.Value;

        Assert.NotNull(opgeslagen.Versie);
        Assert.Equal("Later, hernoemd", daarna.Traject.Naam);
        Assert.Equal(opgeslagen.Versie, daarna.Versie);
    }

    [Fact]
    public async Task A_traject_too_large_for_one_transaction_is_refused_in_Dutch_and_nothing_is_stored()
    {
        await _storage.Initializer.EnsureCreatedAsync(Ct);
        var traject = Groot("te-veel", percelen: 60, bezwaren: 0);

        var uitkomst = await _storage.Trajecten.AddWithVersieAsync(traject, Audit(traject), Ct);

        Assert.Contains("hoogstens 98", uitkomst.TeGroot, StringComparison.Ordinal);
        Assert.Null(await _storage.Trajecten.GetAsync(Haarlem, traject.Id, Ct));
    }

    [Fact]
    public async Task A_dossier_larger_than_a_row_may_be_is_refused_in_Dutch()
    {
        await _storage.Initializer.EnsureCreatedAsync(Ct);
        var traject = Groot("dik-dossier", percelen: 1, bezwaren: 0);
        var enorm = traject.Percelen[0].Dossier with { Toelatingen = [.. Enumerable.Range(1, 8_000).Select(i => new Toelating($"Aanbieder met een lange naam nummer {i}", Dag, Dag))] };

        var uitkomst = await _storage.Trajecten.AddWithVersieAsync(traject with { Percelen = [traject.Percelen[0] with { Dossier = enorm }] }, Audit(traject), Ct);

        Assert.Equal("Het dossier van perceel 1 wordt groter dan de opslag per onderdeel toestaat (1 MiB). Maak de teksten korter.", uitkomst.TeGroot);
    }

    [Fact]
    public async Task A_version_survives_the_round_trip_as_a_token_and_a_foreign_token_knows_no_row()
    {
        await _storage.Initializer.EnsureCreatedAsync(Ct);
        var traject = Groot("token", percelen: 3, bezwaren: 2);
        var versie = (await _storage.Trajecten.AddWithVersieAsync(traject, Audit(traject), Ct)).Versie!.Value;

        Assert.Equal(versie, Versie.Parse(versie.ToString()));
        Assert.Empty(Versie.Parse("W/\"datetime'2026-12-07T12%3A30%3A06.1234567Z'\"").Rijen);
        Assert.Empty(Versie.Parse("\"r1.!!!\"").Rijen);
    }

    internal static Traject Groot(string id, int percelen, int bezwaren, int toelatingen = 600, int tekstlengte = Bezwaarregels.MaximumTekst)
    {
        var tekst = string.Concat(Enumerable.Repeat("Bezwaar é ", tekstlengte / 10));
        var lijst = Enumerable.Range(1, percelen).Select(n => new Perceel(n, $"Perceel {n}", [new FaseOvergang(Fase.Aangekondigd, Dag, "test")], new Dossier
        {
            AankondigingGepubliceerd = Dag,
            ProcessenVerbaal = [new ProcesVerbaal(Fase.Selectie, Dag.AddDays(20)), new ProcesVerbaal(Fase.Beoordeling, Dag.AddDays(40))],
            Gunningsbeslissing = new Gunningsbeslissing(Dag.AddDays(60), tekst),
            // A long dossier: hundreds of admissions make its column longer than one property may be.
            Toelatingen = n == 1 ? [.. Enumerable.Range(1, toelatingen).Select(i => new Toelating($"Aanbieder {i} in het open huis", Dag, Dag.AddDays(i % 30)))] : [],
            Bezwaren = [.. Enumerable.Range(0, bezwaren).Where(b => b % percelen == n - 1).Select(b => new Bezwaar(Dag.AddDays(62), Dag.AddDays(80), BezwaarSoort.Bezwaar,
                "Bezwaar", tekst, $"inschrijver-{b}", $"Aanbieder {b}", tekst, new Bezwaarantwoord(Dag.AddDays(70), tekst, "Anna"), null, null))],
        })).ToList();
        var mijlpalen = Enumerable.Range(1, 3).Select(m => new GeplandeMijlpaal(new MijlpaalId(m), MijlpaalSoort.VoorlopigeGunning, $"Mijlpaal {m}", Dag.AddDays(m), "Anna", DateTimeOffset.UnixEpoch)).ToList();
        return new Traject(new TrajectId(id), "Groot traject", Haarlem, [new GemeenteId("haarlem")], Procedure.Openbaar, null, lijst, mijlpalen,
            Domain.Budgetten.Domein.Wmo, new Contractvoorwaarden(4, [2], Bekostiging.Taakgericht));
    }

    private AuditEvent Audit(Traject traject) => new(_storage.Time.GetUtcNow(), "test", "Traject aangemaakt", $"traject:{traject.Id}", null, null);
}
