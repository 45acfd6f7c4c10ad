using Regio.Domain.Trajecten.Beoordelingen;

namespace Regio.Domain.Trajecten.Gunningen;

/// <summary>What the letters are made of: the criteria, the consensus per inschrijver, the ranking, names and validity.</summary>
public sealed record Gunningsgrondslag(
    Gunningscriteria Criteria,
    IReadOnlyList<Consensus> Consensus,
    Rangschikking Rangschikking,
    IReadOnlyDictionary<string, string> Namen,
    IReadOnlyList<Inschrijvingsstatus> Inschrijvers)
{
    public string Naam(string inschrijver) => Namen.TryGetValue(inschrijver, out var naam) ? naam : inschrijver;
}

/// <summary>Every inschrijver that submitted: valid (and so ranked), or invalid with the reason.</summary>
public sealed record Inschrijvingsstatus(string Inschrijver, bool Geldig, string? Reden);

/// <summary>The header facts of every letter of one decision.</summary>
public sealed record Briefkop(string AanbestedendeDienst, string Opdracht, int Perceel, string PerceelNaam, DateOnly Verzonden, DateOnly StandstillEindigtOp);

/// <summary>One scored point of an inschrijving with the consensus motivation, as the law asks it to be explained.</summary>
public sealed record Puntscore(string Code, string Naam, decimal Weging, int Waarde, int Maximum, decimal Punten, string Motivering);

/// <summary>An inschrijving as the letters describe it: its place (with how many share it), its total and its scores.</summary>
public sealed record Beoordeelde(string Inschrijver, string Naam, int Rang, int OpDezelfdePlaats, decimal Totaal, IReadOnlyList<Puntscore> Scores)
{
    public bool Gedeeld => OpDezelfdePlaats > 1;
}

/// <summary>
/// The letter to one inschrijver: whether it won, its own scores (or why its offer was invalid), the winners' scores with
/// reasons, its rank with any tie, and the standstill with its end date. <see cref="Blokken"/> is the wording.
/// </summary>
public sealed record Gunningsbrief(
    string Ontvanger, string OntvangerNaam, Briefkop Kop, bool Gegund, IReadOnlyList<string> WinnaarNamen,
    Beoordeelde? Eigen, string? OngeldigOmdat, IReadOnlyList<Beoordeelde> Winnaars, int AantalBeoordeeld, string? Afwijking)
{
    public static IReadOnlyList<Gunningsbrief> Stel(Gunningsbesluit besluit, Gunningsgrondslag grondslag, Briefkop kop)
    {
        ArgumentNullException.ThrowIfNull(besluit);
        ArgumentNullException.ThrowIfNull(grondslag);
        var beoordeeld = grondslag.Rangschikking.Plaatsen.ToDictionary(p => p.Inschrijver, p => Beoordeel(p, grondslag), StringComparer.Ordinal);
        var winnaars = besluit.Winnaars.Where(beoordeeld.ContainsKey).Select(w => beoordeeld[w]).ToList();
        var namen = winnaars.Select(w => w.Naam).ToList();
        return grondslag.Inschrijvers
            .Select(i => new Gunningsbrief(i.Inschrijver, grondslag.Naam(i.Inschrijver), kop, besluit.IsGegund(i.Inschrijver), namen,
                beoordeeld.GetValueOrDefault(i.Inschrijver), i.Geldig ? null : i.Reden ?? "De inschrijving voldoet niet aan de gestelde eisen.",
                winnaars, beoordeeld.Count, besluit.Afwijking))
            .OrderBy(b => b.OntvangerNaam, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }

    private static Beoordeelde Beoordeel(Plaats plaats, Gunningsgrondslag grondslag)
    {
        var scores = grondslag.Consensus.FirstOrDefault(c => c.Inschrijver == plaats.Inschrijver)?.Scores ?? [];
        var criteria = grondslag.Criteria;
        var punten = criteria.Punten.Select(p =>
        {
            var score = scores.FirstOrDefault(s => string.Equals(s.Punt, p.Code, StringComparison.OrdinalIgnoreCase));
            var criterium = criteria.Criteria.First(c => c.Code == p.Criterium);
            var naam = p.Code == criterium.Code ? criterium.Naam : $"{criterium.Naam}: {p.Naam}";
            var waarde = score?.Waarde ?? 0;
            var gewogen = criteria.MaximumScore == 0 ? 0 : p.Weging * waarde / criteria.MaximumScore;
            return new Puntscore(p.Code, naam, p.Weging, waarde, criteria.MaximumScore, gewogen, score?.Motivering ?? "");
        }).ToList();
        var gelijk = grondslag.Rangschikking.Plaatsen.Count(p => p.Rang == plaats.Rang);
        return new Beoordeelde(plaats.Inschrijver, grondslag.Naam(plaats.Inschrijver), plaats.Rang, gelijk, plaats.Totaal, punten);
    }

    public IReadOnlyList<Documentblok> Blokken => Gunningsbrieftekst.Blokken(this);
}
