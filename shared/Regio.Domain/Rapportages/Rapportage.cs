using Regio.Domain.Regios;

namespace Regio.Domain.Rapportages;

public enum RapportageStatus
{
    /// <summary>Generated from the data and still being edited by the regio coordinator; only the coordinators see it.</summary>
    Concept,
    /// <summary>Final: stored as a document, read by the gemeenten, never changed again.</summary>
    Definitief,
}

/// <summary>Who did something to a letter and when, by the server's clock.</summary>
public sealed record Bewerking(string Wie, DateTimeOffset Wanneer);

/// <summary>The outcome of a change to a letter: the changed letter, or the rule that refused.</summary>
public abstract record RapportageUitkomst
{
    private RapportageUitkomst() { }

    public sealed record Bijgewerkt(Rapportage Rapportage) : RapportageUitkomst;

    public sealed record Geweigerd(RapportageWeigering Weigering) : RapportageUitkomst;
}

/// <summary>
/// The monthly raadsinformatiebrief of a regio: generated as a concept from what happened that month, edited by the
/// coordinator, then made final, after which it never changes (the councils received that text). <see cref="Versie"/>
/// counts the stored changes, so people can tell two readings apart.
/// </summary>
public sealed record Rapportage(RegioId Regio, Maand Maand, Rapportageteksten Teksten, Bewerking Gegenereerd)
{
    public int Versie { get; init; } = 1;

    public Bewerking? LaatstGewijzigd { get; init; }

    public Bewerking? Definitief { get; init; }

    public RapportageStatus Status => Definitief is null ? RapportageStatus.Concept : RapportageStatus.Definitief;

    /// <summary>How the letter is titled, in the list and as the document's subject.</summary>
    public string Onderwerp => $"Raadsinformatiebrief {Maand.Naam}: voortgang van de regionale verwerving";

    public RapportageUitkomst Wijzig(Rapportageteksten teksten, Bewerking door)
    {
        ArgumentNullException.ThrowIfNull(teksten);
        ArgumentNullException.ThrowIfNull(door);
        if (Definitief is { } definitief)
        {
            return new RapportageUitkomst.Geweigerd(new RapportageWeigering.AlDefinitief(Maand, definitief.Wanneer));
        }
        if (teksten == Teksten)
        {
            return new RapportageUitkomst.Geweigerd(new RapportageWeigering.NietsGewijzigd(Maand));
        }
        return new RapportageUitkomst.Bijgewerkt(this with { Teksten = teksten, LaatstGewijzigd = door, Versie = Versie + 1 });
    }

    public RapportageUitkomst MaakDefinitief(Bewerking door)
    {
        ArgumentNullException.ThrowIfNull(door);
        return Definitief is { } definitief
            ? new RapportageUitkomst.Geweigerd(new RapportageWeigering.AlDefinitief(Maand, definitief.Wanneer))
            : new RapportageUitkomst.Bijgewerkt(this with { Definitief = door, Versie = Versie + 1 });
    }
}
