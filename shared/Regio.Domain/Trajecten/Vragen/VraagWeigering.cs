namespace Regio.Domain.Trajecten.Vragen;

/// <summary>
/// A named reason why a question, an answer or a Nota van Inlichtingen was refused. Returned, never thrown, so the
/// caller can show <see cref="Melding"/> and a test can assert which rule refused. <see cref="Code"/> is stable.
/// </summary>
public abstract record VraagWeigering : Regelweigering
{
    private VraagWeigering() { }

    public sealed record LegeVraag : VraagWeigering
    {
        public override string? Veld => "tekst";

        public override string Melding => "Schrijf uw vraag op. Een lege vraag kan niet worden beantwoord.";
    }

    public sealed record LeegAntwoord : VraagWeigering
    {
        public override string? Veld => "tekst";

        public override string Melding => "Schrijf het antwoord op. Een leeg antwoord kan niet worden gepubliceerd.";
    }

    /// <summary><paramref name="Wat"/> is "vraag" or "antwoord".</summary>
    public sealed record TeLang(string Wat, int Lengte, int Maximum) : VraagWeigering
    {
        public override string? Veld => "tekst";

        public override string Melding =>
            $"Een {Wat} is ten hoogste {Maximum} tekens lang; deze is {Lengte} tekens. Maak de tekst korter.";
    }

    public sealed record OnbekendPerceel(int Perceel, IReadOnlyList<int> Percelen) : VraagWeigering
    {
        public override string? Veld => "perceel";

        public override string Melding => Percelen.Count == 0
            ? $"Dit traject heeft geen perceel {Perceel}. Stel de vraag over het hele traject."
            : $"Dit traject heeft geen perceel {Perceel}. Kies perceel {string.Join(", ", Percelen)}, of stel de vraag over het hele traject.";
    }

    /// <summary>
    /// A published answer is what every aanbieder relied on, so it is never changed. A correction is published as the
    /// answer to a later question, in a later Nota van Inlichtingen, where everyone sees it at the same time.
    /// </summary>
    public sealed record AlGepubliceerd(int Vraag, int Nota) : VraagWeigering
    {
        public override string Melding =>
            $"Vraag {Vraag} is al gepubliceerd in Nota van Inlichtingen {Nota}; een gepubliceerd antwoord verandert niet meer. " +
            "Een correctie publiceert u in een volgende Nota van Inlichtingen, in het antwoord op een nieuwe vraag.";
    }

    public sealed record NietsTePubliceren(int Onbeantwoord) : VraagWeigering
    {
        public override string Melding => Onbeantwoord == 0
            ? "Er zijn geen beantwoorde vragen die nog niet zijn gepubliceerd. Een Nota van Inlichtingen zonder antwoorden wordt niet gepubliceerd."
            : $"Er is nog geen antwoord om te publiceren; {(Onbeantwoord == 1 ? "1 vraag wacht" : $"{Onbeantwoord} vragen wachten")} op een antwoord. Beantwoord eerst een vraag.";
    }
}
