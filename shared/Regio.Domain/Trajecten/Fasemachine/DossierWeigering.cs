namespace Regio.Domain.Trajecten.Fasemachine;

/// <summary>A named reason why a fact could not be recorded, with its Dutch message. <see cref="Code"/> is stable.</summary>
public abstract record DossierWeigering : Regelweigering
{
    private DossierWeigering() { }

    public sealed record DatumInDeToekomst(DateOnly Datum, DateOnly Vandaag) : DossierWeigering
    {
        public override string Melding =>
            $"{Fasemachine.Datum.Tekst(Datum)} ligt na vandaag ({Fasemachine.Datum.Tekst(Vandaag)}). Leg een feit vast als het is gebeurd; plan het anders als mijlpaal.";
    }

    public sealed record AlVastgelegd(string Wat, DateOnly Op) : DossierWeigering
    {
        public override string Melding =>
            $"Er is al vastgelegd: {Wat} op {Fasemachine.Datum.Tekst(Op)}. Een vastgelegd feit wordt niet overschreven; klopt het niet, neem dan contact op met de beheerder.";
    }

    public sealed record GeenToelichting(int Maximum) : DossierWeigering
    {
        public override string Melding => $"Geef een toelichting of motivering (maximaal {Maximum} tekens).";
    }

    public sealed record TermijnVerstreken(DateOnly Sluit) : DossierWeigering
    {
        public override string Melding =>
            $"De inschrijvingstermijn is op {Fasemachine.Datum.Tekst(Sluit)} gesloten en kan niet meer worden gewijzigd.";
    }

    public sealed record TermijnInHetVerleden(DateOnly Sluit) : DossierWeigering
    {
        public override string Melding =>
            $"Een inschrijvingstermijn die sluit op {Fasemachine.Datum.Tekst(Sluit)} ligt in het verleden. Kies vandaag of een latere dag.";
    }

    public sealed record OpeningVoorSluiting(DateOnly? Sluit) : DossierWeigering
    {
        public override string Melding => Sluit is { } s
            ? $"De inschrijvingen kunnen pas worden geopend na de sluiting van de termijn op {Fasemachine.Datum.Tekst(s)}."
            : "Leg eerst de inschrijvingstermijn vast; de inschrijvingen worden pas na de sluiting geopend.";
    }

    public sealed record OnbekendBezwaar(int Nummer, int Aantal) : DossierWeigering
    {
        public override string Melding => Aantal == 0
            ? "Er is nog geen bezwaar vastgelegd, dus ook geen uitspraak."
            : $"Bezwaar {Nummer} bestaat niet; er zijn {Aantal} bezwaren vastgelegd (nummer 1 tot en met {Aantal}).";
    }

    public sealed record UitspraakVoorIndiening(DateOnly Ingediend) : DossierWeigering
    {
        public override string Melding => $"De uitspraak kan niet vóór de indiening van het bezwaar liggen ({Fasemachine.Datum.Tekst(Ingediend)}).";
    }
}
