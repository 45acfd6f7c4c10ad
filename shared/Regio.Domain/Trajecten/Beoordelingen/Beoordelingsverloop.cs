namespace Regio.Domain.Trajecten.Beoordelingen;

/// <summary>
/// The steps of a beoordeling, each a pure function of the <see cref="Beoordelingsdossier"/> that returns the new value
/// or the named refusal. Criteria before the opening; after it the verdicts on validity, the individual scores (each
/// member may replace their own until everyone has scored), and once everyone has scored the consensus.
/// </summary>
public static class Beoordelingsverloop
{
    /// <summary>A reason for (in)validity, kept in its own row.</summary>
    public const int MaximumToelichting = 4000;

    /// <summary>Bounds that keep the commissie, with every declared conflict, within one table row.</summary>
    public const int MaximumLeden = 15, MaximumVerstrengeling = 1000;

    public static BeoordelingUitkomst<Gunningscriteria> StelCriteriaVast(Beoordelingsdossier dossier, Gunningscriteria nieuw, bool reeleTarieven)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(nieuw);
        if (dossier.IsGeopend)
            return new BeoordelingWeigering.CriteriaBevroren();
        var fouten = nieuw.Controleer(reeleTarieven);
        if (fouten.Count > 0)
            return new BeoordelingWeigering.Invoer(fouten);
        return new Gunningscriteria(
            nieuw.Criteria.Select(c => c with { Code = c.Code.Trim(), Naam = c.Naam.Trim(), Subcriteria = (c.Subcriteria ?? []).Select(s => s with { Code = s.Code.Trim(), Naam = s.Naam.Trim() }).ToList() }).ToList(),
            nieuw.Schaal.Order().ToList());
    }

    /// <summary>
    /// Names the members. Once the scores are visible the commissie is fixed; before that, a member who scored or
    /// declared a conflict stays in (their record must stay traceable), and everyone keeps their declaration.
    /// </summary>
    public static BeoordelingUitkomst<IReadOnlyList<Beoordelaar>> StelCommissieSamen(Beoordelingsdossier dossier, IReadOnlyList<Beoordelaar> nieuw)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        if (nieuw is not { Count: > 0 and <= MaximumLeden })
            return BeoordelingWeigering.Invoer.Bij("beoordelaars", $"Kies ten minste één en hoogstens {MaximumLeden} beoordelaars.");
        if (nieuw.Select(b => b.Sleutel).Distinct().Count() != nieuw.Count)
            return BeoordelingWeigering.Invoer.Bij("beoordelaars", "Noem elke beoordelaar één keer.");
        if (dossier.IedereenHeeftGescoord)
            return new BeoordelingWeigering.ScoresBekend();
        var blijft = dossier.Commissie.FirstOrDefault(b => (b.IsUitgesloten || dossier.Beoordelingen.Any(x => x.Beoordelaar == b.Sleutel))
            && nieuw.All(n => n.Sleutel != b.Sleutel));
        if (blijft is not null)
            return new BeoordelingWeigering.BeoordelaarBlijft(blijft.Naam);
        return nieuw.Select(n => dossier.Lid(n.Sleutel) ?? n with { Verstrengeling = null }).ToList();
    }

    /// <summary>A member declares a conflict of interest and is excluded from then on; the "all scored" rule no longer waits for them.</summary>
    public static BeoordelingUitkomst<IReadOnlyList<Beoordelaar>> MeldVerstrengeling(Beoordelingsdossier dossier, string beoordelaar, string? toelichting, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        if (dossier.Lid(beoordelaar) is not { } lid)
            return BeoordelingWeigering.Invoer.Bij("beoordelaar", "U bent geen lid van de beoordelingscommissie van dit perceel.");
        if (lid.IsUitgesloten)
            return new BeoordelingWeigering.AlGemeld();
        if (string.IsNullOrWhiteSpace(toelichting) || toelichting.Trim().Length > MaximumVerstrengeling)
            return BeoordelingWeigering.Invoer.Bij("toelichting", $"Licht toe waarom er belangenverstrengeling is, bijvoorbeeld een eerdere werkgever onder de inschrijvers (hoogstens {MaximumVerstrengeling} tekens).");
        return dossier.Commissie.Select(b => b.Sleutel == beoordelaar ? b with { Verstrengeling = new Belangenverstrengeling(nu, toelichting.Trim()) } : b).ToList();
    }

    /// <summary>
    /// Records whether an opened inschrijving meets the requirements. Once the scores are visible, an inschrijving can
    /// still be declared invalid, but no longer made valid unless every member has already scored it: the others'
    /// scores would otherwise be known to whoever scores it next.
    /// </summary>
    public static BeoordelingUitkomst<Geldigheid> StelGeldigheidVast(
        Beoordelingsdossier dossier, string inschrijver, bool? geldig, string? reden, string door, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        if (!dossier.IsGeopend)
            return new BeoordelingWeigering.NietGeopend();
        if (!dossier.Inschrijvers.Contains(inschrijver))
            return new BeoordelingWeigering.OnbekendeInschrijving(inschrijver);
        if (geldig is not { } oordeel)
            return BeoordelingWeigering.Invoer.Bij("geldig", "Kies of de inschrijving geldig is (true) of niet (false).");
        if (!oordeel && string.IsNullOrWhiteSpace(reden))
            return BeoordelingWeigering.Invoer.Bij("reden", "Geef de reden waarom de inschrijving niet aan de gestelde eisen voldoet; die komt in het proces-verbaal.");
        if (reden?.Trim().Length > MaximumToelichting)
            return BeoordelingWeigering.Invoer.Bij("reden", $"De reden is hoogstens {MaximumToelichting} tekens.");
        var wasGeldig = dossier.GeldigheidVan(inschrijver)?.Geldig == true;
        if (oordeel && !wasGeldig && dossier.IedereenHeeftGescoord && !dossier.Actief.All(b => dossier.BeoordelingVan(b.Sleutel, inschrijver) is not null))
            return new BeoordelingWeigering.ScoresBekend();
        return new Geldigheid(inschrijver, oordeel, string.IsNullOrWhiteSpace(reden) ? null : reden.Trim(), nu, door);
    }

    /// <summary>A member's own scores for one valid inschrijving; they may replace them until everyone has scored.</summary>
    public static BeoordelingUitkomst<IndividueleBeoordeling> Scoor(
        Beoordelingsdossier dossier, string beoordelaar, string inschrijver, IReadOnlyList<Score>? scores, string naam, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        if (Voorwaarden(dossier, inschrijver, naam) is { } weigering)
            return weigering;
        if (dossier.Lid(beoordelaar) is not { IsUitgesloten: false })
            return new BeoordelingWeigering.Uitgesloten();
        if (dossier.IedereenHeeftGescoord)
            return new BeoordelingWeigering.ScoresBekend();
        var fouten = Beoordelingsregels.Controleer(dossier.Criteria!, scores ?? []);
        return fouten.Count > 0
            ? new BeoordelingWeigering.Invoer(fouten)
            : new IndividueleBeoordeling(beoordelaar, inschrijver, Genormaliseerd(dossier.Criteria!, scores!), nu);
    }

    /// <summary>The agreed scores for one valid inschrijving, only after everyone has scored; the individual scores stay as they are.</summary>
    public static BeoordelingUitkomst<Consensus> LegConsensusVast(
        Beoordelingsdossier dossier, string inschrijver, IReadOnlyList<Score>? scores, string naam, string door, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        if (Voorwaarden(dossier, inschrijver, naam) is { } weigering)
            return weigering;
        if (!dossier.IedereenHeeftGescoord)
            return new BeoordelingWeigering.NietIedereenGescoord(dossier.Klaar, dossier.Actief.Count);
        var fouten = Beoordelingsregels.Controleer(dossier.Criteria!, scores ?? []);
        return fouten.Count > 0
            ? new BeoordelingWeigering.Invoer(fouten)
            : new Consensus(inschrijver, Genormaliseerd(dossier.Criteria!, scores!), nu, door);
    }

    private static BeoordelingWeigering? Voorwaarden(Beoordelingsdossier dossier, string inschrijver, string naam) =>
        dossier.Criteria is null ? new BeoordelingWeigering.GeenCriteria()
        : !dossier.IsGeopend ? new BeoordelingWeigering.NietGeopend()
        : !dossier.Inschrijvers.Contains(inschrijver) ? new BeoordelingWeigering.OnbekendeInschrijving(inschrijver)
        : !dossier.Geldige.Contains(inschrijver) ? new BeoordelingWeigering.NietGeldig(naam)
        : null;

    /// <summary>The scores in the order of the criteria's points, each under the point's own code, motivation trimmed.</summary>
    private static List<Score> Genormaliseerd(Gunningscriteria criteria, IReadOnlyList<Score> scores) => criteria.Punten
        .Select(p => scores.First(s => string.Equals(s.Punt, p.Code, StringComparison.OrdinalIgnoreCase)))
        .Select(s => new Score(criteria.Punten.First(p => string.Equals(p.Code, s.Punt, StringComparison.OrdinalIgnoreCase)).Code, s.Waarde, s.Motivering.Trim()))
        .ToList();
}
