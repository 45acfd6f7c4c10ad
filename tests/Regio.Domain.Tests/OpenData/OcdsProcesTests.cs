using Regio.Domain.Contracten;
using Regio.Domain.OpenData;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;

namespace Regio.Domain.Tests.OpenData;

/// <summary>Which releases a traject's history makes, with which tags, and what each one may show on its day.</summary>
public class OcdsProcesTests
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private static readonly Partij Haarlem = new("gemeente-haarlem", "Gemeente Haarlem");

    private static Traject Traject(params FaseOvergang[] overgangen) => new(
        new TrajectId("ho"), "Huishoudelijke ondersteuning (demo)", new Eigenaar.EenGemeente(new GemeenteId("haarlem")), [], Procedure.Openbaar, null,
        [new Perceel(1, "Thuisondersteuning", overgangen)], []);

    private static FaseOvergang Op(Fase fase, int jaar, int maand, int dag) => new(fase, new DateOnly(jaar, maand, dag), "test");

    private static Contract Contract(DateOnly gegund, DateOnly start) => new(
        "ho.1.aanbieder.zorg", new TrajectId("ho"), "Huishoudelijke ondersteuning (demo)", 1, "Thuisondersteuning",
        new Opdrachtgever("haarlem", "Gemeente Haarlem", null),
        new Opdrachtnemer("aanbieder|zorg", "Zorg B.V. (demo)", [new Contractlid("zorg", "Zorg B.V. (demo)", "90000009")]),
        start, 2, [1], Bekostiging.Taakgericht, 1_000_000, gegund, "inkoper");

    private static IReadOnlyList<Ocds.Release> Releases(Traject traject, DateOnly vandaag, IReadOnlyDictionary<int, int>? inschrijvingen = null, params Contract[] contracten) =>
        OcdsProces.Releases(new OcdsBron(traject, Haarlem, null, inschrijvingen ?? new Dictionary<int, int>(), contracten), vandaag, Amsterdam);

    [Fact]
    public void A_traject_still_in_preparation_has_no_releases()
    {
        Assert.Empty(Releases(Traject(Op(Fase.Aangekondigd, 2022, 3, 1)), new DateOnly(2022, 2, 28)));
    }

    [Fact]
    public void Withdrawing_the_last_open_perceel_is_a_tenderCancellation()
    {
        var releases = Releases(Traject(Op(Fase.Aangekondigd, 2022, 1, 10), Op(Fase.Ingetrokken, 2022, 2, 1)), new DateOnly(2022, 6, 1));

        Assert.Equal([["tender"], ["tenderCancellation"]], releases.Select(r => r.Tag));
        Assert.Equal(["active", "cancelled"], releases.Select(r => r.Tender.Status));
        Assert.Equal("ocds-regio-ho-20220201", releases[1].Id);
        Assert.Equal(new DateTimeOffset(2022, 2, 1, 0, 0, 0, TimeSpan.FromHours(1)), releases[1].Date);
    }

    [Fact]
    public void The_number_of_inschrijvingen_is_published_only_with_the_award()
    {
        var traject = Traject(Op(Fase.Aangekondigd, 2022, 1, 10), Op(Fase.Beoordeling, 2022, 3, 1), Op(Fase.DefinitieveGunning, 2022, 5, 1));
        var inschrijvingen = new Dictionary<int, int> { [1] = 4 };

        var voor = Releases(traject, new DateOnly(2022, 4, 30), inschrijvingen);
        var na = Releases(traject, new DateOnly(2022, 5, 2), inschrijvingen, Contract(new DateOnly(2022, 5, 1), new DateOnly(2022, 7, 1)));

        Assert.All(voor, r => Assert.Null(r.Bids));
        Assert.Equal(4, Assert.Single(na[^1].Bids!.Statistics).Value);
        Assert.Equal(["tenderUpdate", "award", "contract"], na[^1].Tag);
    }

    [Fact]
    public void A_contract_gets_a_release_when_it_starts_and_when_it_ends_and_the_compiled_release_is_the_state_after_the_last()
    {
        var traject = Traject(Op(Fase.Aangekondigd, 2022, 1, 10), Op(Fase.DefinitieveGunning, 2022, 5, 1));
        var contract = Contract(new DateOnly(2022, 5, 1), new DateOnly(2022, 7, 1));

        var releases = Releases(traject, new DateOnly(2025, 1, 1), null, contract);
        var compiled = OcdsProces.Compiled(releases);

        Assert.Equal(["pending", "active", "terminated"], releases.Skip(1).Select(r => Assert.Single(r.Contracts!).Status));
        Assert.Equal([["contractUpdate"], ["contractTermination"]], releases.Skip(2).Select(r => r.Tag));
        Assert.Equal(new DateOnly(2024, 7, 1), DateOnly.FromDateTime(releases[^1].Date.DateTime));
        Assert.Equal(["compiled"], compiled.Tag);
        Assert.Equal("ocds-regio-ho-2024-07-01T00:00:00+02:00", compiled.Id);
        Assert.Equal("terminated", Assert.Single(compiled.Contracts!).Status);
    }

    [Fact]
    public void A_perceel_awarded_before_the_platform_shows_its_award_date_without_inventing_winners()
    {
        var traject = Traject(Op(Fase.VoorlopigeGunning, 2021, 12, 16), Op(Fase.Gecontracteerd, 2022, 4, 1));

        var releases = Releases(traject, new DateOnly(2022, 6, 1));

        Assert.Null(releases[0].Awards);
        var gunning = Assert.Single(releases[^1].Awards!);
        Assert.Equal(new DateTimeOffset(2021, 12, 16, 0, 0, 0, TimeSpan.FromHours(1)), gunning.Date);
        Assert.Empty(gunning.Suppliers);
        Assert.Contains("16 december 2021", gunning.Description, StringComparison.Ordinal);
    }
}
