using Regio.Domain.Budgetten;
using Regio.Domain.Contracten;
using Regio.Domain.Regios;
using Regio.Domain.Signalen;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Domain.Trajecten.Planning;

namespace Regio.Domain.Tests.Signalen;

/// <summary>Which moments make a signal on a given day, at the edges of each window.</summary>
public class SignaalregelsTests
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private static readonly DateTimeOffset Vastgelegd = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Monday 7 December 2026, 12:00 in Amsterdam.</summary>
    private static readonly Peilmoment Peil = new(new DateTimeOffset(2026, 12, 7, 11, 0, 0, TimeSpan.Zero), Amsterdam);

    private static DateOnly Vandaag => Peil.Vandaag;

    private static Traject Traject(IReadOnlyList<GeplandeMijlpaal>? mijlpalen = null, Perceel? perceel = null, Contractvoorwaarden? contract = null) =>
        new(new TrajectId("jeugdhulp-zk"), "Jeugdhulp ZK", new Eigenaar.DeRegio(new RegioId("zk-ijmond")), [], Procedure.Dialooggericht, null,
            [perceel ?? new Perceel(2, "Enkelvoudige jeugdhulp", [])], mijlpalen ?? [], Domein.Jeugd, contract);

    private static GeplandeMijlpaal Mijlpaal(DateOnly datum) =>
        new(new MijlpaalId(3), MijlpaalSoort.EindeDialoog, "Einde dialoog", datum, "test", Vastgelegd);

    private static Indienmoment Sluit(TimeSpan over) => new(Momentsoort.Inschrijving, ["Offerte"], Peil.Nu + over);

    private static Contract Contract(DateOnly start) => new("jeugdhulp-zk.2.aanbieder.demo-jeugdzorg", new TrajectId("jeugdhulp-zk"), "Jeugdhulp ZK", 2,
        "Enkelvoudige jeugdhulp", new Opdrachtgever("haarlem", "Gemeente Haarlem", "Zuid-Kennemerland en IJmond"),
        new Opdrachtnemer("aanbieder|demo-jeugdzorg", "Jeugdzorg (demo)", [new Contractlid("demo-jeugdzorg", "Jeugdzorg (demo)", null)]),
        start, 9, [3, 6], Bekostiging.Taakgericht, null, start.AddMonths(-3), "test");

    [Fact]
    public void A_milestone_due_in_exactly_7_days_is_signalled_and_one_due_in_8_days_is_not()
    {
        var over7 = Signaalregels.Mijlpalen(Traject([Mijlpaal(Vandaag.AddDays(7))]), Peil).ToList();
        var over8 = Signaalregels.Mijlpalen(Traject([Mijlpaal(Vandaag.AddDays(8))]), Peil);

        Assert.Equal([Signaalsoort.MijlpaalNadert], over7.Select(s => s.Soort));
        Assert.Equal("Mijlpaal ‘Einde dialoog’ van Jeugdhulp ZK staat gepland op maandag 14 december 2026.", over7[0].Titel);
        Assert.Empty(over8);
    }

    [Fact]
    public void An_overdue_milestone_is_signalled_as_overdue_until_30_days_after_its_date()
    {
        var gisteren = Signaalregels.Mijlpalen(Traject([Mijlpaal(Vandaag.AddDays(-1))]), Peil).Select(s => s.Soort);
        var dertig = Signaalregels.Mijlpalen(Traject([Mijlpaal(Vandaag.AddDays(-30))]), Peil).Select(s => s.Soort);
        var eenendertig = Signaalregels.Mijlpalen(Traject([Mijlpaal(Vandaag.AddDays(-31))]), Peil);

        Assert.Equal([Signaalsoort.MijlpaalVerlopen], gisteren);
        Assert.Equal([Signaalsoort.MijlpaalVerlopen], dertig);
        Assert.Empty(eenendertig);
    }

    [Fact]
    public void A_realised_milestone_makes_no_signal()
    {
        var gerealiseerd = Mijlpaal(Vandaag.AddDays(-2)) with { Realisatie = new Realisatie(Vandaag.AddDays(-2), "test", Vastgelegd) };

        Assert.Empty(Signaalregels.Mijlpalen(Traject([gerealiseerd]), Peil));
    }

    [Fact]
    public void A_deadline_in_47_hours_is_signalled_with_its_Dutch_time_and_one_in_49_hours_is_not()
    {
        var traject = Traject();
        var over47 = Signaalregels.Termijn(traject, traject.Percelen[0], Sluit(TimeSpan.FromHours(47)), Peil);
        var over49 = Signaalregels.Termijn(traject, traject.Percelen[0], Sluit(TimeSpan.FromHours(49)), Peil);

        Assert.Equal("De inschrijftermijn van perceel 2 van Jeugdhulp ZK sluit op woensdag 9 december 2026 om 11:00.", over47?.Titel);
        Assert.Null(over49);
    }

    [Fact]
    public void A_deadline_that_has_closed_makes_no_signal()
    {
        var traject = Traject();

        Assert.Null(Signaalregels.Termijn(traject, traject.Percelen[0], Sluit(TimeSpan.Zero), Peil));
    }

    [Fact]
    public void An_evaluation_in_90_days_is_signalled_and_one_in_91_days_is_not()
    {
        var in90 = Signaalregels.Evaluaties(Contract(Vandaag.AddDays(90).AddYears(-3)), Peil).ToList();
        var in91 = Signaalregels.Evaluaties(Contract(Vandaag.AddDays(91).AddYears(-3)), Peil);

        Assert.Equal([("contract:jeugdhulp-zk.2.aanbieder.demo-jeugdzorg|evaluatie:3", Peil.Begin(Vandaag.AddDays(90)))], in90.Select(s => (s.Onderwerp, s.Moment)));
        Assert.Empty(in91);
    }

    [Fact]
    public void A_planned_evaluation_counts_only_for_percelen_without_a_contract()
    {
        var start = new GeplandeMijlpaal(new MijlpaalId(1), MijlpaalSoort.ContractStart, "Start", Vandaag.AddDays(30).AddYears(-3), "test", Vastgelegd);
        var traject = Traject([start], contract: new Contractvoorwaarden(9, [3, 6], Bekostiging.Taakgericht));

        var zonder = Signaalregels.GeplandeEvaluaties(traject, new HashSet<int>(), Peil).Select(s => s.Perceel);
        var met = Signaalregels.GeplandeEvaluaties(traject, new HashSet<int> { 2 }, Peil);

        Assert.Equal([(int?)2], zonder);
        Assert.Empty(met);
    }

    [Fact]
    public void A_standstill_ending_within_3_days_or_ended_is_signalled_and_one_ending_in_4_days_is_not()
    {
        // Standstill.EindigtOp(beslissing) is 20 days later, or the next working day: pick decisions whose end is a plain working day.
        Perceel Gegund(DateOnly beslissing) => new(2, "Enkelvoudige jeugdhulp", [new FaseOvergang(Fase.VoorlopigeGunning, beslissing, "test")])
        {
            Dossier = new Dossier { Gunningsbeslissing = new Gunningsbeslissing(beslissing, "test") },
        };
        Signaal? Voor(DateOnly beslissing)
        {
            var perceel = Gegund(beslissing);
            return Signaalregels.Standstill(Traject(perceel: perceel), perceel, Peil);
        }

        Assert.Equal("De standstill van perceel 2 van Jeugdhulp ZK eindigt op woensdag 9 december 2026; daarna kan de definitieve gunning volgen.", Voor(new DateOnly(2026, 11, 19))?.Titel);
        Assert.Null(Voor(new DateOnly(2026, 11, 21)));
        Assert.StartsWith("De standstill van perceel 2 van Jeugdhulp ZK is geëindigd op woensdag 2 december 2026", Voor(new DateOnly(2026, 11, 12))?.Titel, StringComparison.Ordinal);
    }
}
