using Regio.Domain.Trajecten.Fasemachine;

namespace Regio.Domain.Trajecten.Toelatingen;

/// <summary>
/// A named reason why an aanvraag or a decision was refused, returned and never thrown. <see cref="Veld"/> names the
/// input to fix; where it is null the request clashes with the state of the perceel or the aanvraag.
/// </summary>
public abstract record ToelatingWeigering : Regelweigering
{
    private ToelatingWeigering() { }

    public sealed record GeenOpenHouse : ToelatingWeigering
    {
        public override string Melding => "Dit traject is geen open house; toelating aanvragen kan alleen bij een open house.";
    }

    public sealed record NietOpen(Fase Fase) : ToelatingWeigering
    {
        public override string Melding => Fase == Fase.Ingetrokken
            ? "Dit perceel is ingetrokken; toelating aanvragen kan niet meer."
            : "Dit perceel is nog niet aangekondigd; toelating aanvragen kan vanaf de aankondiging.";
    }

    public sealed record GeenEisen : ToelatingWeigering
    {
        public override string Melding => "Geef bij ten minste één gepubliceerde eis aan hoe u eraan voldoet.";
        public override string? Veld => "antwoorden";
    }

    public sealed record TeVeelEisen(int Maximum) : ToelatingWeigering
    {
        public override string Melding => $"Een aanvraag bevat ten hoogste {Maximum} eisen met uw antwoord.";
        public override string? Veld => "antwoorden";
    }

    public sealed record OnvolledigAntwoord(int Nummer, int Maximum) : ToelatingWeigering
    {
        public override string Melding => $"Vul bij eis {Nummer} zowel de eis als uw antwoord in (de eis ten hoogste 200, het antwoord ten hoogste {Maximum} tekens).";
        public override string? Veld => "antwoorden";
    }

    public sealed record LopendeAanvraag(int Nummer) : ToelatingWeigering
    {
        public override string Melding => $"U heeft voor dit perceel al een aanvraag in behandeling (aanvraag {Nummer}). Wacht het besluit daarop af.";
    }

    public sealed record AlToegelaten(int Nummer) : ToelatingWeigering
    {
        public override string Melding => $"U bent voor dit perceel al toegelaten (aanvraag {Nummer}).";
    }

    public sealed record AlBesloten(int Nummer, bool Toegelaten) : ToelatingWeigering
    {
        public override string Melding =>
            $"Op aanvraag {Nummer} is al besloten: {(Toegelaten ? "toegelaten" : "afgewezen")}. Een besluit wordt niet overschreven; een afgewezen aanbieder kan opnieuw aanvragen.";
    }

    public sealed record GeenMotivering(int Maximum) : ToelatingWeigering
    {
        public override string Melding => $"Schrijf de redenen van het besluit op (ten hoogste {Maximum} tekens): de aanbieder heeft er recht op te weten waarom.";
        public override string? Veld => "motivering";
    }

    public sealed record NietToegelaten(int Nummer) : ToelatingWeigering
    {
        public override string Melding => $"Aanvraag {Nummer} is niet toegelaten; een overeenkomst hoort alleen bij een toelating.";
    }

    public sealed record OvereenkomstAlGetekend(DateOnly Op) : ToelatingWeigering
    {
        public override string Melding => $"De overeenkomst is al vastgelegd als getekend op {Datum.Tekst(Op)}.";
    }

    public sealed record OngeldigeTekendatum(DateOnly Toegelaten, DateOnly Vandaag) : ToelatingWeigering
    {
        public override string Melding => $"Kies een datum van {Datum.Tekst(Toegelaten)} (de toelating) tot en met {Datum.Tekst(Vandaag)} (vandaag).";
        public override string? Veld => "datum";
    }
}
