namespace Regio.Domain.Trajecten.Inschrijvingen;

/// <summary>
/// A named reason why a submission or opening was refused, returned and never thrown. <see cref="Veld"/> names the
/// input to fix; where it is null the request was fine but clashes with the moment as it stands.
/// </summary>
public abstract record InschrijvingWeigering : Regelweigering
{
    private InschrijvingWeigering() { }

    public sealed record TermijnVerstreken(string Sluiting) : InschrijvingWeigering
    {
        public override string Melding => $"De termijn is verstreken: die sloot op {Sluiting}. Indienen, vervangen of intrekken kan niet meer.";
    }

    public sealed record GeenMoment : InschrijvingWeigering
    {
        public override string Melding => "Voor dit perceel is dit indienmoment nog niet vastgesteld. De aanbestedende dienst stelt eerst de documenten en de termijn vast.";
    }

    public sealed record GeenDocumenten : InschrijvingWeigering
    {
        public override string Melding => "Noem ten minste één document dat moet worden ingediend, bijvoorbeeld ‘UEA’ of ‘Plan van aanpak’.";
        public override string? Veld => "documenten";
    }

    public sealed record OngeldigeDocumentnaam(string Naam) : InschrijvingWeigering
    {
        public override string Melding => $"‘{Naam}’ kan geen documentnaam zijn: gebruik 1 tot 80 tekens, en elke naam één keer.";
        public override string? Veld => "documenten";
    }

    public sealed record SluitingVerleden : InschrijvingWeigering
    {
        public override string Melding => "De sluitingstermijn moet in de toekomst liggen.";
        public override string? Veld => "sluiting";
    }

    public sealed record MomentGesloten : InschrijvingWeigering
    {
        public override string Melding => "De termijn van dit indienmoment is al verstreken; de documenten en de termijn liggen nu vast.";
    }

    public sealed record DocumentOntbreekt(IReadOnlyList<string> Namen) : InschrijvingWeigering
    {
        public override string Melding => $"Niet alle gevraagde documenten zijn bijgevoegd. Voeg nog toe: {string.Join(", ", Namen)}. Er is niets ingediend.";
        public override string? Veld => "bestanden";
    }

    public sealed record OnbekendDocument(string Naam) : InschrijvingWeigering
    {
        public override string Melding => $"‘{Naam}’ is geen document dat bij dit indienmoment wordt gevraagd. Er is niets ingediend.";
        public override string? Veld => "bestanden";
    }

    public sealed record BestandOngeldig(string Bestandsnaam, string Reden) : InschrijvingWeigering
    {
        public override string Melding => $"{Bestandsnaam}: {Reden} Er is niets ingediend; upload het bestand opnieuw en dien daarna in.";
        public override string? Veld => "bestanden";
    }

    public sealed record NietIngediend : InschrijvingWeigering
    {
        public override string Melding => "U heeft voor dit indienmoment geen geldende inschrijving om in te trekken.";
    }

    public sealed record NogNietGesloten(string Sluiting) : InschrijvingWeigering
    {
        public override string Melding => $"Openen kan pas na de sluiting van de termijn op {Sluiting}.";
    }

    public sealed record AlGeopend : InschrijvingWeigering
    {
        public override string Melding => "Dit indienmoment is al geopend.";
    }

    public sealed record OpeningNietGestart : InschrijvingWeigering
    {
        public override string Melding => "De opening is nog niet gestart. Eén bevoegde persoon start de opening, een tweede bevestigt haar.";
    }

    public sealed record TweedePersoonNodig(string Naam) : InschrijvingWeigering
    {
        public override string Melding => $"De opening is gestart door {Naam}. Een tweede, andere bevoegde persoon moet haar bevestigen; één persoon alleen kan niet openen.";
    }
}
