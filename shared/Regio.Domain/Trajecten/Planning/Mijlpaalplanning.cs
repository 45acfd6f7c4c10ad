namespace Regio.Domain.Trajecten.Planning;

/// <summary>The outcome of a change to the planning: the new planning, or the rule that refused.</summary>
public abstract record PlanningUitkomst
{
    private PlanningUitkomst() { }

    /// <summary>Carries the touched milestone too, so the caller can write the audit event's after-image.</summary>
    public sealed record Bijgewerkt(Mijlpaalplanning Planning, GeplandeMijlpaal Mijlpaal) : PlanningUitkomst;

    public sealed record Geweigerd(PlanningWeigering Weigering) : PlanningUitkomst;
}

/// <summary>
/// A traject's milestones, planned, moved and recorded. Every operation is pure: it returns a new planning
/// or a named refusal. The actor and the server's time are passed in, never read here (design rule 4).
/// A missing actor is a programming error and throws; everything a person can get wrong is a refusal.
/// </summary>
public sealed record Mijlpaalplanning(TrajectId Traject, IReadOnlyList<GeplandeMijlpaal> Mijlpalen)
{
    public static Mijlpaalplanning Voor(TrajectId traject) => new(traject, []);

    public GeplandeMijlpaal? Zoek(MijlpaalId id) => Mijlpalen.FirstOrDefault(m => m.Id == id);

    public PlanningUitkomst Plan(MijlpaalSoort soort, string omschrijving, DateOnly datum, string wie, DateTimeOffset wanneer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(wie);
        if (string.IsNullOrWhiteSpace(omschrijving))
        {
            return new PlanningUitkomst.Geweigerd(new PlanningWeigering.GeenOmschrijving());
        }
        // Max + 1 rather than Count + 1: ids stay unique even if a stored planning ever lost a milestone.
        var id = new MijlpaalId(Mijlpalen.Count == 0 ? 1 : Mijlpalen.Max(m => m.Id.Value) + 1);
        var mijlpaal = new GeplandeMijlpaal(id, soort, omschrijving.Trim(), datum, wie, wanneer);
        return new PlanningUitkomst.Bijgewerkt(this with { Mijlpalen = [.. Mijlpalen, mijlpaal] }, mijlpaal);
    }

    public PlanningUitkomst Verschuif(MijlpaalId id, DateOnly nieuweDatum, string wie, DateTimeOffset wanneer, string reden)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(wie);
        if (Zoek(id) is not { } mijlpaal)
        {
            return new PlanningUitkomst.Geweigerd(new PlanningWeigering.OnbekendeMijlpaal(id));
        }
        // Checked before the reason: a person should first hear why writing one would be pointless.
        if (mijlpaal.Realisatie is { } realisatie)
        {
            return new PlanningUitkomst.Geweigerd(new PlanningWeigering.AlGerealiseerd(mijlpaal.Omschrijving, realisatie.Datum));
        }
        if (mijlpaal.GeplandeDatum == nieuweDatum)
        {
            return new PlanningUitkomst.Geweigerd(new PlanningWeigering.ZelfdeDatum(mijlpaal.Omschrijving, nieuweDatum));
        }
        if (string.IsNullOrWhiteSpace(reden))
        {
            return new PlanningUitkomst.Geweigerd(new PlanningWeigering.GeenReden(mijlpaal.Omschrijving));
        }
        var verschuiving = new Verschuiving(mijlpaal.GeplandeDatum, nieuweDatum, wie, wanneer, reden.Trim());
        return Vervang(mijlpaal with { GeplandeDatum = nieuweDatum, Verschuivingen = [.. mijlpaal.Verschuivingen, verschuiving] });
    }

    /// <param name="vandaag">The server's date; a person's idea of today may not record the future.</param>
    public PlanningUitkomst LegVast(MijlpaalId id, DateOnly werkelijkeDatum, string wie, DateTimeOffset wanneer, DateOnly vandaag)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(wie);
        if (Zoek(id) is not { } mijlpaal)
        {
            return new PlanningUitkomst.Geweigerd(new PlanningWeigering.OnbekendeMijlpaal(id));
        }
        if (mijlpaal.Realisatie is { } realisatie)
        {
            return new PlanningUitkomst.Geweigerd(new PlanningWeigering.AlGerealiseerd(mijlpaal.Omschrijving, realisatie.Datum));
        }
        if (werkelijkeDatum > vandaag)
        {
            return new PlanningUitkomst.Geweigerd(new PlanningWeigering.DatumInDeToekomst(werkelijkeDatum, vandaag));
        }
        return Vervang(mijlpaal with { Realisatie = new Realisatie(werkelijkeDatum, wie, wanneer) });
    }

    /// <summary>Each milestone's stand on <paramref name="vandaag"/>, in the order they were planned.</summary>
    public IReadOnlyList<MijlpaalStand> Stand(DateOnly vandaag) => [.. Mijlpalen.Select(m => m.Stand(vandaag))];

    /// <summary>
    /// The first day after <paramref name="vandaag"/> on which a stand changes by time alone (a planned date
    /// passes), so a timer knows when to send a reminder (the chronograph); null when nothing is waiting.
    /// </summary>
    public DateOnly? VolgendeControle(DateOnly vandaag) => Mijlpalen
        .Where(m => !m.IsGerealiseerd && m.GeplandeDatum >= vandaag)
        .Select(m => (DateOnly?)m.GeplandeDatum.AddDays(1))
        .Min();

    private PlanningUitkomst.Bijgewerkt Vervang(GeplandeMijlpaal nieuw) =>
        new(this with { Mijlpalen = [.. Mijlpalen.Select(m => m.Id == nieuw.Id ? nieuw : m)] }, nieuw);
}
