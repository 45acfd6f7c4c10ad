namespace Regio.Domain.Rapportages;

/// <summary>
/// A named reason why a letter could not be made or changed. Returned, never thrown; <see cref="Code"/> is stable so a
/// client can react to it, <see cref="Melding"/> says in Dutch what happened and what to do.
/// </summary>
public abstract record RapportageWeigering : Regelweigering
{
    private RapportageWeigering() { }

    /// <summary>A final letter went to the councils as it is: changing it would make the archive disagree with what they read.</summary>
    public sealed record AlDefinitief(Maand Maand, DateTimeOffset Op) : RapportageWeigering
    {
        public override string Melding =>
            $"De raadsinformatiebrief over {Maand.Naam} is definitief en verandert niet meer. Schrijf een aanvulling in de brief over een volgende maand.";
    }

    /// <summary>Generating again would throw away the coordinator's edits; they open the existing one instead.</summary>
    public sealed record BestaatAl(Maand Maand, RapportageStatus Status) : RapportageWeigering
    {
        public override string Melding => Status == RapportageStatus.Definitief
            ? $"Er is al een definitieve raadsinformatiebrief over {Maand.Naam}. Open die om hem te lezen of te downloaden."
            : $"Er is al een concept van de raadsinformatiebrief over {Maand.Naam}. Open het om de tekst te bewerken.";
    }

    public sealed record NietsGewijzigd(Maand Maand) : RapportageWeigering
    {
        public override string Melding =>
            $"Er is niets gewijzigd: de tekst is gelijk aan het opgeslagen concept over {Maand.Naam}. Pas een onderdeel aan en sla dan op.";
    }
}
