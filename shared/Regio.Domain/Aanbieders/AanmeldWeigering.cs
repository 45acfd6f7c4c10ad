using Regio.Domain.Trajecten;

namespace Regio.Domain.Aanbieders;

/// <summary>
/// A named reason why a registration or a change of a combinatie was refused, returned and never thrown.
/// <see cref="Veld"/> names the input to fix; where it is null the request clashes with the state of the perceel or the
/// combinatie. A refusal for lack of the right position is of <see cref="Weigeringsoort.Toegang"/> (answered 403).
/// </summary>
public abstract record AanmeldWeigering : Regelweigering
{
    private AanmeldWeigering() { }

    public sealed record PerceelNietOpen(Fase Fase) : AanmeldWeigering
    {
        public override string Melding => Fase == Fase.Voorbereiding
            ? "Dit perceel is nog niet gepubliceerd; aanmelden kan vanaf de aankondiging."
            : $"Dit perceel is in de fase {Fase.Naam().ToLowerInvariant()}; aanmelden of een combinatie wijzigen kan niet meer.";
    }

    public sealed record AlAangemeld(string Als) : AanmeldWeigering
    {
        public override string Melding =>
            $"Uw organisatie is voor dit perceel al aangemeld ({Als}). Een aanbieder meldt zich per perceel één keer aan: alleen of in één combinatie.";
    }

    public sealed record GeenUea : AanmeldWeigering
    {
        public override string Melding => "Verklaar dat u het UEA heeft ingevuld en ondertekend; zonder UEA telt een aanmelding niet.";
        public override string? Veld => "verklaringen";
    }

    public sealed record OngeldigeHash : AanmeldWeigering
    {
        public override string Melding => "De SHA-256 van het UEA bestaat uit 64 tekens 0-9 en a-f. Laat het veld leeg als u hem niet heeft.";
        public override string? Veld => "ueaSha256";
    }

    public sealed record GeenVerklaringen : AanmeldWeigering
    {
        public override string Melding => "Kies ten minste één verklaring die u afgeeft.";
        public override string? Veld => "verklaringen";
    }

    public sealed record OngeldigeNaam(int Maximum) : AanmeldWeigering
    {
        public override string Melding => $"Geef de combinatie een naam (ten hoogste {Maximum} tekens), bijvoorbeeld 'Combinatie Jeugd IJmond'.";
        public override string? Veld => "naam";
    }

    public sealed record GeenAanbieder : AanmeldWeigering
    {
        public override string Melding => "Kies een aanbieder die op het platform is geregistreerd.";
        public override string? Veld => "organisatie";
    }

    public sealed record TeVeelLeden(int Maximum) : AanmeldWeigering
    {
        public override string Melding => $"Een combinatie heeft ten hoogste {Maximum} leden.";
        public override string? Veld => "organisatie";
    }

    public sealed record AlBetrokken(string Naam, Lidstatus Status) : AanmeldWeigering
    {
        public override string Melding => Status == Lidstatus.Bevestigd
            ? $"{Naam} is al lid van deze combinatie."
            : $"{Naam} is al uitgenodigd; wacht op het antwoord.";
    }

    public sealed record AlleenPenvoerder : AanmeldWeigering
    {
        public override string Melding => "Alleen de penvoerder nodigt leden uit of haalt ze uit de combinatie. Vraag het de penvoerder.";
        public override Weigeringsoort Aard => Weigeringsoort.Toegang;
    }

    public sealed record NietUitgenodigd(Lidstatus Status) : AanmeldWeigering
    {
        public override string Melding => Status == Lidstatus.Bevestigd
            ? "Uw organisatie heeft haar deelname al bevestigd."
            : "Uw organisatie heeft deze uitnodiging afgewezen. Vraag de penvoerder u opnieuw uit te nodigen.";
    }

    public sealed record NietBevestigd : AanmeldWeigering
    {
        public override string Melding => "Bevestig eerst de deelname van uw organisatie; daarna geeft u uw verklaringen af.";
    }

    public sealed record PenvoerderBlijft : AanmeldWeigering
    {
        public override string Melding => "De penvoerder kan zichzelf niet uit de combinatie halen of afwijzen; zonder penvoerder is er geen combinatie.";
    }

    public sealed record GeenLid : AanmeldWeigering
    {
        public override string Melding => "Deze organisatie is geen lid van de combinatie.";
        public override string? Veld => "organisatie";
    }
}

/// <summary>The outcome of a registration rule: the new value, or the rule that refused.</summary>
public abstract record AanmeldUitkomst<T>
{
    private AanmeldUitkomst() { }

    public sealed record Toegestaan(T Waarde) : AanmeldUitkomst<T>;

    public sealed record Geweigerd(AanmeldWeigering Weigering) : AanmeldUitkomst<T>;

    public static implicit operator AanmeldUitkomst<T>(T waarde) => new Toegestaan(waarde);

    public static implicit operator AanmeldUitkomst<T>(AanmeldWeigering weigering) => new Geweigerd(weigering);
}
