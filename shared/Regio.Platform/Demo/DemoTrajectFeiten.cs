using System.Globalization;
using System.Text.RegularExpressions;
using Regio.Domain.Budgetten;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Planning;

namespace Regio.Platform.Demo;

/// <summary>The planning, dossiers, domain and contract terms of the demo trajecten, read from the documented facts.</summary>
public static partial class DemoDataMapper
{
    /// <summary>
    /// The newest source, raadsinformatiebrief 9, went to the college on 1 March 2022. A milestone dated by then
    /// that the documents do not call expected had happened; a later one was still a plan.
    /// </summary>
    public static readonly DateOnly StandVanDeBronnen = new(2022, 3, 1);

    private static readonly DateTimeOffset Vastgelegd = new(StandVanDeBronnen.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static Dossier? PerceelDossier(DemoPerceel p) =>
        p.StrategischPartners is { Count: > 0 } partners && (p.DialoogKickoff ?? p.DialoogStart) is { } sinds
            ? new Dossier { Dialoog = new Dialoogdeelname(sinds, partners.Count, partners) }
            : null;

    private static Dossier TrajectDossier(DemoTraject t) => new()
    {
        Gunningsbeslissing = t.VoorlopigeGunning is { } g
            ? new Gunningsbeslissing(g.Datum, $"Voorlopig gegund aan {g.AantalAanbieders} aanbieders. De motivering per aanbieder staat in de gunningsbrieven, die niet in de demodata zitten.")
            : null,
        // Only what the documents date: a court case known by its hearing. When it was filed they do not say, so it counts from the hearing.
        Bezwaren = [.. (t.Bezwaar ?? []).Where(b => b.Zitting is not null).Select(b => new Bezwaar(
            b.Zitting!.Value, b.Uitspraak,
            b.Wat.Contains("kort geding", StringComparison.OrdinalIgnoreCase) ? BezwaarSoort.KortGeding : BezwaarSoort.Bezwaar,
            $"{b.Wat} (zitting {Datum(b.Zitting.Value)}; de datum van indiening staat niet in de bron)",
            b.Resultaat))],
        Dialoog = t.TweedeDialoogSamenwerkingsverbanden is { } aantal && (t.Planning ?? []).FirstOrDefault(m => TweedeDialoog().IsMatch(m.Mijlpaal)) is { } start
            ? new Dialoogdeelname(start.Datum, aantal, [])
            : null,
    };

    private static List<GeplandeMijlpaal> Planning(DemoTraject t)
    {
        var bron = $"Demodata (bron: {string.Join(", ", t.Source ?? [])})";
        var mijlpalen = new List<GeplandeMijlpaal>();
        GeplandeMijlpaal Nieuw(MijlpaalSoort soort, string omschrijving, DateOnly datum) =>
            new(new MijlpaalId(mijlpalen.Count + 1), soort, omschrijving, datum, bron, Vastgelegd);
        foreach (var m in t.Planning ?? [])
        {
            var gebeurd = m.Datum <= StandVanDeBronnen && !m.Mijlpaal.Contains("verwacht", StringComparison.OrdinalIgnoreCase);
            var mijlpaal = Nieuw(SoortUit(m.Mijlpaal), m.Mijlpaal, m.Datum);
            mijlpalen.Add(gebeurd ? mijlpaal with { Realisatie = new Realisatie(m.Datum, bron, Vastgelegd) } : mijlpaal);
        }
        if (t.VoorlopigeGunning is { } gunning)
        {
            mijlpalen.Add(Nieuw(MijlpaalSoort.VoorlopigeGunning, $"Voorlopige gunning aan {gunning.AantalAanbieders} aanbieders", gunning.Datum)
                with { Realisatie = new Realisatie(gunning.Datum, bron, Vastgelegd) });
        }
        if (t.ContractStart is { Gepland: { } gepland } contractStart)
        {
            var start = Nieuw(MijlpaalSoort.ContractStart, "Ingang van de overeenkomsten", gepland);
            if (contractStart.Werkelijk is { } werkelijk)
            {
                start = start with
                {
                    GeplandeDatum = werkelijk,
                    Verschuivingen = [new Verschuiving(gepland, werkelijk, bron, Vastgelegd, contractStart.Reden ?? "Reden niet in de bron")],
                    Realisatie = new Realisatie(werkelijk, bron, Vastgelegd),
                };
            }
            mijlpalen.Add(start);
        }
        if (t.Contract?.Start is { } contract)
        {
            mijlpalen.Add(Nieuw(MijlpaalSoort.ContractStart, "Ingang van de overeenkomst", contract));
        }
        return mijlpalen;
    }

    private static MijlpaalSoort SoortUit(string mijlpaal) =>
        StartDialoog().IsMatch(mijlpaal) ? MijlpaalSoort.KickOffDialoog
        : mijlpaal.StartsWith("Einde dialoog", StringComparison.OrdinalIgnoreCase) ? MijlpaalSoort.EindeDialoog
        : mijlpaal.StartsWith("Uitnodiging tot Inschrijving", StringComparison.OrdinalIgnoreCase) ? MijlpaalSoort.UitnodigingTotInschrijving
        : mijlpaal.StartsWith("Ingang", StringComparison.OrdinalIgnoreCase) ? MijlpaalSoort.ContractStart
        : mijlpaal.StartsWith("Gunning", StringComparison.OrdinalIgnoreCase) ? MijlpaalSoort.VoorlopigeGunning
        : MijlpaalSoort.Overig;

    /// <summary>Jeugdhulp is bought under the Jeugdwet; huishoudelijke ondersteuning and begeleiding are Wmo maatwerkvoorzieningen.</summary>
    private static Domein? DomeinUit(DemoTraject t)
    {
        var tekst = string.Join(' ', new[] { t.Id, t.Naam }.Concat(t.Onderdelen ?? []));
        return tekst.Contains("jeugd", StringComparison.OrdinalIgnoreCase) ? Domein.Jeugd
            : tekst.Contains("huishoudelijke ondersteuning", StringComparison.OrdinalIgnoreCase)
              || tekst.Contains("maatwerkvoorziening", StringComparison.OrdinalIgnoreCase) ? Domein.Wmo
            : null;
    }

    /// <summary>The term in whole contract years: a contract from 1-7-2022 to 1-1-2030 runs into its eighth year.</summary>
    private static Contractvoorwaarden? ContractUit(DemoTraject t)
    {
        if (BekostigingUit(t.Bekostiging) is not { } bekostiging)
        {
            return null;
        }
        int? jaren = t.Contractduur is { } duur && Looptijd().Match(duur) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)
            : t.Contract is { Start: { } start, Einde: { } einde } ? (int)Math.Ceiling(((einde.Year - start.Year) * 12 + einde.Month - start.Month) / 12.0)
            : null;
        var evaluaties = EvaluatieJaar().Matches(t.Contractduur ?? t.Contract?.Evaluaties ?? "").Select(e => int.Parse(e.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        // "prijs speelt geen rol (reele tarieven volgens AMvB)": the source's words for a quality-only award.
        var reeleTarieven = t.Gunning?.Contains("reele tarieven", StringComparison.OrdinalIgnoreCase) == true;
        return jaren is { } j ? new Contractvoorwaarden(j, evaluaties, bekostiging, reeleTarieven) : null;
    }

    private static Bekostiging? BekostigingUit(string? tekst) =>
        Enum.GetValues<Bekostiging>().Cast<Bekostiging?>().FirstOrDefault(b => tekst?.StartsWith(b.ToString()!, StringComparison.OrdinalIgnoreCase) == true);

    private static string Datum(DateOnly datum) => datum.ToString("d-M-yyyy", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\btweede dialoogfase\b", RegexOptions.IgnoreCase)]
    private static partial Regex TweedeDialoog();

    [GeneratedRegex(@"^(\d+) jaar")]
    private static partial Regex Looptijd();

    [GeneratedRegex(@"jaar (\d+)")]
    private static partial Regex EvaluatieJaar();
}
