namespace Regio.Domain.Trajecten.Dialogen;

/// <summary>
/// A named reason why a dialogue change was refused, returned and never thrown. <see cref="Veld"/> names the input to
/// fix; where it is null the request was fine but clashes with the dialogue as it stands.
/// </summary>
public abstract record DialoogWeigering : Regelweigering
{
    private DialoogWeigering() { }

    public sealed record GeenDialooggericht : DialoogWeigering
    {
        public override string Melding => "Dit traject is geen dialooggerichte aanbesteding; dialoogrondes horen alleen bij die procedure.";
    }

    public sealed record AlDeelnemer(string Naam) : DialoogWeigering
    {
        public override string Melding => $"{Naam} neemt al deel aan de dialoog van dit perceel.";
    }

    public sealed record GeenAanbieder(string Organisatie) : DialoogWeigering
    {
        public override string Melding => $"'{Organisatie}' is geen aanbieder op het platform. Kies een aanbieder uit de lijst.";
        public override string? Veld => "aanbieder";
    }

    public sealed record TekstOntbreekt(string Naam, string Wat) : DialoogWeigering
    {
        public override string Melding => $"Vul {Wat} in.";
        public override string? Veld => Naam;
    }

    public sealed record TeLang(string Naam, int Maximum) : DialoogWeigering
    {
        public override string Melding => $"Dit veld is ten hoogste {Maximum} tekens lang. Maak de tekst korter.";
        public override string? Veld => Naam;
    }

    public sealed record PeriodeOmgekeerd(DateOnly Van, DateOnly Tot) : DialoogWeigering
    {
        public override string Melding => $"De ronde eindigt ({Fasemachine.Datum.Tekst(Tot)}) voordat zij begint ({Fasemachine.Datum.Tekst(Van)}). Kies een einddatum op of na de begindatum.";
        public override string? Veld => "tot";
    }

    public sealed record OnbekendeRonde(int Ronde) : DialoogWeigering
    {
        public override string Melding => $"Dit perceel heeft geen dialoogronde {Ronde}. Plan eerst de ronde.";
    }

    public sealed record GeenDeelnemer : DialoogWeigering
    {
        public override string Melding => "Deze aanbieder neemt niet deel aan de dialoog van dit perceel. Voeg haar eerst toe als deelnemer.";
        public override string? Veld => "deelnemer";
    }

    public sealed record BuitenRonde(DateOnly Van, DateOnly Tot) : DialoogWeigering
    {
        public override string Melding => $"De sessie valt buiten de ronde. Kies een datum van {Fasemachine.Datum.Tekst(Van)} tot en met {Fasemachine.Datum.Tekst(Tot)}.";
        public override string? Veld => "datum";
    }

    public sealed record SessieGepland(string Naam, int Ronde) : DialoogWeigering
    {
        public override string Melding => $"Met {Naam} is in ronde {Ronde} al een sessie gepland. Er is één sessie per deelnemer per ronde.";
    }

    public sealed record TeVeelAfspraken(int Maximum) : DialoogWeigering
    {
        public override string Melding => $"Leg ten hoogste {Maximum} afspraken per sessie vast.";
        public override string? Veld => "afspraken";
    }

    public sealed record GeenDeelnemers : DialoogWeigering
    {
        public override string Melding => "Er zijn nog geen deelnemers; een document delen kan pas als er iemand is om het mee te delen.";
    }
}
