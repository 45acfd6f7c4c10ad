using System.Text.RegularExpressions;
using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;

namespace Regio.Platform.Demo;

/// <summary>
/// Turns the documented facts into domain values. It adds nothing the documents do not say: a phase is
/// only recorded where a dated fact shows it began, and a procedure only where one is named.
/// </summary>
public static partial class DemoDataMapper
{
    public static Domain.Regios.Regio ToRegio(DemoRegio regio) => new(
        new RegioId(regio.Id),
        regio.Naam,
        regio.Gemeenten.Select(g => new Gemeente(new GemeenteId(g.Id), g.Naam, g.Subregio)).ToList());

    public static Traject ToTraject(DemoTraject t)
    {
        ArgumentNullException.ThrowIfNull(t);
        if (!Eigenaar.TryParse(t.Eigenaar, out var eigenaar))
        {
            throw new InvalidDataException($"Traject {t.Id}: onbekende eigenaar '{t.Eigenaar}'.");
        }
        var deelnemers = t.Deelnemers is { Count: > 0 }
            ? t.Deelnemers.Select(d => new GemeenteId(d)).ToList()
            : eigenaar is Eigenaar.EenGemeente g ? [g.Gemeente] : [];
        var gemeenschappelijk = TrajectBreedOvergangen(t);
        var percelen = t.Percelen is { Count: > 0 }
            ? t.Percelen.Select(p => new Perceel(p.Nummer, p.Naam, [.. PerceelOvergangen(p), .. gemeenschappelijk], PerceelDossier(p))).ToList()
            // A traject the documents do not split into lots is one lot.
            : [new Perceel(1, t.Naam, [.. gemeenschappelijk, .. PlanningOvergangen(t)], TrajectDossier(t))];
        return new Traject(
            new TrajectId(t.Id), t.Naam, eigenaar, deelnemers, ProcedureUit(t.Procedure), t.Procedure, percelen, Planning(t),
            DomeinUit(t), ContractUit(t));
    }

    public static IEnumerable<Budget> ToBudgetten(string gemeenteId, DemoGemeenteBudget budget)
    {
        if (budget.Eenheid != "k EUR")
        {
            throw new InvalidDataException($"Budget {gemeenteId}: eenheid '{budget.Eenheid}' wordt niet ondersteund, verwacht 'k EUR'.");
        }
        foreach (var (domein, demo) in new[] { (Domein.Wmo, budget.Wmo), (Domein.Jeugd, budget.Jeugd) })
        {
            if (demo is not null)
            {
                yield return ToBudget(new GemeenteId(gemeenteId), domein, demo);
            }
        }
    }

    private static Budget ToBudget(GemeenteId gemeente, Domein domein, DemoBudget demo)
    {
        var posten = demo.Posten.EnumerateObject()
            .Select(p => new Post(p.Name, p.Value.EnumerateArray().Select(v => Bedrag.VanKiloEuro(v.GetInt64())).ToList()))
            .ToList();
        // The tables are the council's meerjarenprogrammabegroting, so the budget is vastgesteld: changes need a reason.
        var result = new Budget(gemeente, domein, demo.Jaren, posten, demo.Source, BudgetStatus.Vastgesteld);
        var fout = result.Inconsistentie();
        var totaal = result.TotaalInEuro();
        var gedocumenteerd = demo.Totaal.Select(Bedrag.VanKiloEuro).ToList();
        if (fout is null && !totaal.SequenceEqual(gedocumenteerd))
        {
            fout = $"De posten tellen op tot {string.Join(", ", totaal.Select(Bedrag.AlsKiloEuro))} k€, het document noemt {string.Join(", ", gedocumenteerd.Select(Bedrag.AlsKiloEuro))} k€.";
        }
        return fout is null ? result : throw new InvalidDataException($"Budget {gemeente} {domein}: {fout}");
    }

    private static IEnumerable<FaseOvergang> PerceelOvergangen(DemoPerceel p)
    {
        if (p.DialoogKickoff is { } kickoff)
        {
            yield return new FaseOvergang(Fase.Dialoog, kickoff, "Kick-off dialoogfase");
        }
        if (p.DialoogStart is { } start)
        {
            yield return new FaseOvergang(Fase.Dialoog, start, "Start dialoogfase");
        }
    }

    private static IEnumerable<FaseOvergang> TrajectBreedOvergangen(DemoTraject t)
    {
        if (t.VoorlopigeGunning is { } gunning)
        {
            yield return new FaseOvergang(Fase.VoorlopigeGunning, gunning.Datum, $"Voorlopige gunning aan {gunning.AantalAanbieders} aanbieders");
        }
        if (t.ContractStart?.Werkelijk is { } werkelijk)
        {
            yield return new FaseOvergang(Fase.Gecontracteerd, werkelijk, "Werkelijke ingang van de overeenkomsten");
        }
    }

    /// <summary>
    /// For a traject without percelen the planning is the only record of its phases. A milestone counts
    /// when its wording names the start of a dialogue phase; one that is only expected ("verwacht") does not.
    /// An invitation to tender that the college has set ("vastgesteld") is not yet published, so it starts nothing.
    /// </summary>
    private static IEnumerable<FaseOvergang> PlanningOvergangen(DemoTraject t) =>
        (t.Planning ?? [])
            .Where(m => !m.Mijlpaal.Contains("verwacht", StringComparison.OrdinalIgnoreCase))
            .Select(m => (m, Fase: FaseUitMijlpaal(m.Mijlpaal)))
            .Where(x => x.Fase is not null)
            .Select(x => new FaseOvergang(x.Fase!.Value, x.m.Datum, x.m.Mijlpaal));

    private static Fase? FaseUitMijlpaal(string mijlpaal) => StartDialoog().IsMatch(mijlpaal) ? Fase.Dialoog : null;

    private static Procedure? ProcedureUit(string? omschrijving) =>
        omschrijving is null ? null
        : omschrijving.StartsWith("dialooggerichte aanbesteding", StringComparison.OrdinalIgnoreCase) ? Procedure.Dialooggericht
        : omschrijving.Contains("open house", StringComparison.OrdinalIgnoreCase) ? Procedure.OpenHouse
        : null;

    [GeneratedRegex(@"^(Kick-off|Start)\b.*\bdialoogfase\b", RegexOptions.IgnoreCase)]
    private static partial Regex StartDialoog();
}
