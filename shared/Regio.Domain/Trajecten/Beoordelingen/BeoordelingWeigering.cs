namespace Regio.Domain.Trajecten.Beoordelingen;

/// <summary>
/// A named reason why a step of the beoordeling was refused, returned and never thrown. <see cref="Fouten"/> names the
/// inputs to fix; where it is null the request was fine but clashes with the beoordeling as it stands.
/// </summary>
public abstract record BeoordelingWeigering : Regelweigering
{
    private BeoordelingWeigering() { }

    public sealed record Invoer(IReadOnlyDictionary<string, string> Velden) : BeoordelingWeigering
    {
        public override string Melding => string.Join(" ", Velden.Values);
        public override IReadOnlyDictionary<string, string>? Fouten => Velden;

        public static Invoer Bij(string veld, string melding) => new(new Dictionary<string, string> { [veld] = melding });
    }

    public sealed record CriteriaBevroren : BeoordelingWeigering
    {
        public override string Melding => "De inschrijvingen zijn geopend; de gunningscriteria liggen sindsdien vast. Zo kan wat in de inschrijvingen staat de maatstaf niet meer veranderen.";
    }

    public sealed record GeenCriteria : BeoordelingWeigering
    {
        public override string Melding => "Voor dit perceel zijn nog geen gunningscriteria vastgesteld. Scoren kan pas als de criteria vastliggen.";
    }

    public sealed record NietGeopend : BeoordelingWeigering
    {
        public override string Melding => "De inschrijvingen van dit perceel zijn nog niet geopend. Toetsen en scoren kan pas na de opening door twee personen.";
    }

    public sealed record OnbekendeInschrijving(string Inschrijver) : BeoordelingWeigering
    {
        public override string Melding => $"'{Inschrijver}' heeft geen geopende inschrijving op dit perceel.";

        public override Weigeringsoort Aard => Weigeringsoort.NietGevonden;
    }

    public sealed record NietGeldig(string Naam) : BeoordelingWeigering
    {
        public override string Melding => $"De inschrijving van {Naam} is niet (of nog niet) geldig verklaard. Alleen geldige inschrijvingen worden gescoord.";
    }

    public sealed record Uitgesloten : BeoordelingWeigering
    {
        public override string Melding => "U heeft belangenverstrengeling gemeld en bent daarom uitgesloten van deze beoordeling: u scoort niet en ziet geen scores.";
    }

    public sealed record AlGemeld : BeoordelingWeigering
    {
        public override string Melding => "U heeft voor deze beoordeling al belangenverstrengeling gemeld; u bent uitgesloten.";
    }

    public sealed record ScoresBekend : BeoordelingWeigering
    {
        public override string Melding => "Alle beoordelaars hebben gescoord en de scores zijn binnen de commissie zichtbaar. Individuele scores, de commissie en de geldig verklaarde inschrijvingen liggen nu vast; verschillen bespreekt de commissie in de consensus.";
    }

    public sealed record NietIedereenGescoord(int Klaar, int Totaal) : BeoordelingWeigering
    {
        public override string Melding => $"Nog niet alle beoordelaars hebben alle geldige inschrijvingen gescoord ({Klaar} van {Totaal} klaar), of nog niet elke inschrijving is getoetst. De consensus volgt op de individuele scores.";
    }

    public sealed record BeoordelaarBlijft(string Naam) : BeoordelingWeigering
    {
        public override string Melding => $"{Naam} heeft al gescoord of belangenverstrengeling gemeld en blijft daarom in de commissie: wat vastligt, blijft herleidbaar.";
        public override IReadOnlyDictionary<string, string>? Fouten => new Dictionary<string, string> { ["beoordelaars"] = Melding };
    }
}

/// <summary>Either the new value or the named refusal.</summary>
public abstract record BeoordelingUitkomst<T>
{
    private BeoordelingUitkomst() { }

    public sealed record Toegestaan(T Waarde) : BeoordelingUitkomst<T>;

    public sealed record Geweigerd(BeoordelingWeigering Weigering) : BeoordelingUitkomst<T>;

    public static implicit operator BeoordelingUitkomst<T>(T waarde) => new Toegestaan(waarde);

    public static implicit operator BeoordelingUitkomst<T>(BeoordelingWeigering weigering) => new Geweigerd(weigering);
}
