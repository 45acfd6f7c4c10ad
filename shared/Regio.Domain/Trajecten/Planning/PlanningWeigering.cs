namespace Regio.Domain.Trajecten.Planning;

/// <summary>
/// A named reason why the planning refused a change. Returned, never thrown, so the caller can show
/// <see cref="Melding"/> and a test can assert exactly which rule refused. <see cref="Code"/> is stable.
/// </summary>
public abstract record PlanningWeigering : Regelweigering
{
    private PlanningWeigering() { }

    private static string Tekst(DateOnly datum) => Fasemachine.Datum.Tekst(datum);

    public sealed record OnbekendeMijlpaal(MijlpaalId Id) : PlanningWeigering
    {
        public override string Melding =>
            $"Mijlpaal {Id} bestaat niet in de planning van dit traject. Vernieuw de planning en probeer het opnieuw.";
    }

    public sealed record GeenOmschrijving : PlanningWeigering
    {
        public override string Melding =>
            "Een mijlpaal heeft een omschrijving nodig, bijvoorbeeld ‘Start contract huishoudelijke ondersteuning’.";
    }

    public sealed record GeenReden(string Omschrijving) : PlanningWeigering
    {
        public override string Melding =>
            $"Het verschuiven van ‘{Omschrijving}’ vraagt een reden. Leg vast waarom de datum verschuift.";
    }

    public sealed record ZelfdeDatum(string Omschrijving, DateOnly Datum) : PlanningWeigering
    {
        public override string Melding =>
            $"‘{Omschrijving}’ staat al gepland op {Tekst(Datum)}. Kies een andere datum om te verschuiven.";
    }

    /// <summary>Refuses both moving and recording again: what happened is a fact, and facts are not edited.</summary>
    public sealed record AlGerealiseerd(string Omschrijving, DateOnly Op) : PlanningWeigering
    {
        public override string Melding =>
            $"‘{Omschrijving}’ is al gerealiseerd op {Tekst(Op)}. Een gerealiseerde mijlpaal verschuift niet en krijgt geen tweede datum.";
    }

    public sealed record DatumInDeToekomst(DateOnly Datum, DateOnly Vandaag) : PlanningWeigering
    {
        public override string Melding =>
            $"{Tekst(Datum)} ligt na vandaag ({Tekst(Vandaag)}). Leg een mijlpaal vast nadat die gebeurd is, of verschuif de geplande datum.";
    }
}
