namespace Regio.Domain.Trajecten.Beoordelingen;

/// <summary>
/// The beoordeling of one perceel as it stands: criteria, commissie, the opened inschrijvers (empty before the
/// opening), the verdicts on their validity, every individual score and the consensus. What may happen next and what
/// anyone may see is derived from it (see <see cref="Beoordelingsverloop"/>).
/// </summary>
public sealed record Beoordelingsdossier(
    Gunningscriteria? Criteria,
    IReadOnlyList<Beoordelaar> Commissie,
    IReadOnlyList<string> Inschrijvers,
    IReadOnlyList<Geldigheid> Geldigheden,
    IReadOnlyList<IndividueleBeoordeling> Beoordelingen,
    IReadOnlyList<Consensus> Consensus,
    bool IsGeopend)
{
    public static Beoordelingsdossier Leeg { get; } = new(null, [], [], [], [], [], false);

    /// <summary>The members who did not declare a conflict of interest: they score, and they are waited for.</summary>
    public IReadOnlyList<Beoordelaar> Actief => Commissie.Where(b => !b.IsUitgesloten).ToList();

    /// <summary>The opened inschrijvers declared valid, in the order of <see cref="Inschrijvers"/>.</summary>
    public IReadOnlyList<string> Geldige => Inschrijvers.Where(i => GeldigheidVan(i)?.Geldig == true).ToList();

    /// <summary>Every opened inschrijving has a verdict: before that, nobody can be "done" scoring.</summary>
    public bool AllesGetoetst => IsGeopend && Inschrijvers.All(i => GeldigheidVan(i) is not null);

    /// <summary>
    /// Every active member scored every valid inschrijving, and every inschrijving was checked. Only from then on does
    /// anyone see another's scores, and only then can the consensus be recorded.
    /// </summary>
    public bool IedereenHeeftGescoord => Criteria is not null && AllesGetoetst
        && Beoordelingsregels.IedereenHeeftGescoord(Commissie, Geldige, Beoordelingen);

    /// <summary>How many active members scored every valid inschrijving: "2 van 3 beoordelaars klaar".</summary>
    public int Klaar => Geldige.Count == 0 ? 0 : Actief.Count(b => Geldige.All(i => BeoordelingVan(b.Sleutel, i) is not null));

    /// <summary>Every valid inschrijving has a consensus: the ranking is final.</summary>
    public bool Compleet => Geldige.Count > 0 && Geldige.All(i => ConsensusVan(i) is not null);

    /// <summary>The ranking by the consensus of the valid inschrijvingen; ties are reported, never broken.</summary>
    public Rangschikking Rangschikking => Criteria is null
        ? new Rangschikking([])
        : Rangschikking.Bereken(Criteria, Consensus.Where(c => Geldige.Contains(c.Inschrijver)).ToList());

    public Beoordelaar? Lid(string sleutel) => Commissie.FirstOrDefault(b => b.Sleutel == sleutel);

    public Geldigheid? GeldigheidVan(string inschrijver) => Geldigheden.FirstOrDefault(g => g.Inschrijver == inschrijver);

    public IndividueleBeoordeling? BeoordelingVan(string beoordelaar, string inschrijver) =>
        Beoordelingen.FirstOrDefault(b => b.Beoordelaar == beoordelaar && b.Inschrijver == inschrijver);

    public Consensus? ConsensusVan(string inschrijver) => Consensus.FirstOrDefault(c => c.Inschrijver == inschrijver);
}
