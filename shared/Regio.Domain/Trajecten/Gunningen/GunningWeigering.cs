using Regio.Domain.Trajecten.Fasemachine;

namespace Regio.Domain.Trajecten.Gunningen;

/// <summary>The outcome of a gunning rule: the new value, or the rule that refused.</summary>
public abstract record GunningUitkomst<T>
{
    private GunningUitkomst() { }

    public sealed record Toegestaan(T Waarde) : GunningUitkomst<T>;

    public sealed record Geweigerd(GunningWeigering Weigering) : GunningUitkomst<T>;

    public static implicit operator GunningUitkomst<T>(T waarde) => new Toegestaan(waarde);

    public static implicit operator GunningUitkomst<T>(GunningWeigering weigering) => new Geweigerd(weigering);
}

/// <summary>
/// A named reason why a gunning or bezwaar step was refused, returned and never thrown. <see cref="Veld"/> names the
/// input to fix; where it is null the request clashes with the state of the gunning. <see cref="Code"/> is stable.
/// </summary>
public abstract record GunningWeigering : Regelweigering
{
    private GunningWeigering() { }

    private static string Tekst(DateOnly datum) => Datum.Tekst(datum);

    public sealed record GeenWinnaar : GunningWeigering
    {
        public override string Melding => "Kies ten minste één inschrijver aan wie het perceel wordt gegund.";
        public override string? Veld => "winnaars";
    }

    public sealed record OnbekendeInschrijver(string Inschrijver) : GunningWeigering
    {
        public override string Melding =>
            $"'{Inschrijver}' is geen geldige, beoordeelde inschrijving van dit perceel. Kies uit de rangschikking.";
        public override string? Veld => "winnaars";
    }

    /// <summary>The choice skips a better-ranked inschrijver or splits a tie: that is a decision that needs its reason.</summary>
    public sealed record AfwijkingZonderReden(IReadOnlyList<string> Gepasseerd) : GunningWeigering
    {
        public override string Melding =>
            $"Uw keuze breekt een gelijke stand of slaat een hoger geëindigde inschrijving over ({string.Join(", ", Gepasseerd)}). Leg vast waarom (bijvoorbeeld de beslisregel bij gelijke stand uit de aanbestedingsstukken).";
        public override string? Veld => "afwijking";
    }

    public sealed record TeLang(string Naam, int Maximum) : GunningWeigering
    {
        public override string Melding => $"Gebruik ten hoogste {Maximum} tekens.";
        public override string? Veld => Naam;
    }

    public sealed record GeenConcept : GunningWeigering
    {
        public override string Melding => "Er is nog geen concept van de gunningsbeslissing. Kies eerst de winnaar(s) en bekijk de conceptbrieven.";
    }

    public sealed record AlVerzonden(DateOnly Op) : GunningWeigering
    {
        public override string Melding =>
            $"De gunningsbeslissing is op {Tekst(Op)} verzonden en kan niet meer worden gewijzigd of opnieuw verzonden.";
    }

    public sealed record BeoordelingOnvolledig(string Wat) : GunningWeigering
    {
        public override string Melding => $"De beoordeling is nog niet compleet: {Wat} Verzenden kan pas als elke geldige inschrijving een consensusscore heeft.";
    }

    public sealed record GeenInschrijvingen : GunningWeigering
    {
        public override string Melding => "Er zijn geen geopende inschrijvingen op dit perceel, dus er is niemand aan wie de beslissing kan worden verzonden.";
    }

    public sealed record TeVeelInschrijvers(int Aantal, int Maximum) : GunningWeigering
    {
        public override string Melding =>
            $"Dit perceel heeft {Aantal} inschrijvers; het platform verzendt ten hoogste {Maximum} brieven in één keer. Neem contact op met de beheerder.";
    }

    public sealed record NogNietVerzonden : GunningWeigering
    {
        public override string Melding => "De gunningsbeslissing is nog niet verzonden.";
    }

    public sealed record AlDefinitief(DateOnly Op) : GunningWeigering
    {
        public override string Melding => $"Het perceel is op {Tekst(Op)} definitief gegund; dit kan niet meer.";
    }

    public sealed record StandstillVerstreken(DateOnly EindigdeOp) : GunningWeigering
    {
        public override string Melding =>
            $"De opschortende termijn is op {Tekst(EindigdeOp)} geëindigd. Een verzoek of aankondiging moest binnen die termijn worden gedaan.";
    }

    public sealed record GeenToelichting(string Naam, int Maximum) : GunningWeigering
    {
        public override string Melding => $"Vul de tekst in (ten hoogste {Maximum} tekens).";
        public override string? Veld => Naam;
    }

    public sealed record AlIngediend(BezwaarSoort Soort) : GunningWeigering
    {
        public override string Melding => $"Uw eerdere {Bezwaartekst.Naam(Soort).ToLowerInvariant()} loopt nog; het antwoord of de uitspraak wordt hier vastgelegd. Een tweede van dezelfde soort is niet nodig.";
    }

    public sealed record OnbekendBezwaar(int Nummer) : GunningWeigering
    {
        public override string Melding => $"Bezwaar {Nummer} bestaat niet bij dit perceel.";
    }

    public sealed record GeenWijziging : GunningWeigering
    {
        public override string Melding => "Vul ten minste één gegeven in: het antwoord, de datum van de dagvaarding of zitting, of de uitspraak.";
        public override string? Veld => "antwoord";
    }

    public sealed record AlVastgelegd(string Wat, DateOnly Op) : GunningWeigering
    {
        public override string Melding => $"Er is al vastgelegd: {Wat} op {Tekst(Op)}. Een vastgelegd feit wordt niet overschreven.";
    }

    public sealed record DatumOngeldig(string Naam, string Reden) : GunningWeigering
    {
        public override string Melding => Reden;
        public override string? Veld => Naam;
    }

    public sealed record AlleenKortGeding(string Naam) : GunningWeigering
    {
        public override string Melding => "Een dagvaarding en een zitting horen bij een kort geding, niet bij dit verzoek.";
        public override string? Veld => Naam;
    }
}
