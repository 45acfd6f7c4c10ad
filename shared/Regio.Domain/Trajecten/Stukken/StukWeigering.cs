namespace Regio.Domain.Trajecten.Stukken;

/// <summary>
/// A named reason why a tender document cannot be published as asked. Returned, never thrown, so the caller can show
/// <see cref="Melding"/> beside the field it is about (<see cref="Veld"/>) and a test can assert which rule refused.
/// </summary>
public abstract record StukWeigering : Regelweigering
{
    private StukWeigering() { }

    public abstract override string Veld { get; }

    public sealed record GeenTitel : StukWeigering
    {
        public override string Veld => "titel";

        public override string Melding => "Geef het document een titel, bijvoorbeeld ‘Beschrijvend document’.";
    }

    public sealed record TitelTeLang(int Maximum) : StukWeigering
    {
        public override string Veld => "titel";

        public override string Melding => $"De titel is te lang. Gebruik hoogstens {Maximum} tekens.";
    }

    public sealed record TitelBestaat(string Titel) : StukWeigering
    {
        public override string Veld => "titel";

        public override string Melding =>
            $"Er is al een document ‘{Titel}’ voor dit deel van het traject. Publiceer een nieuwe versie van dat document, of kies een andere titel.";
    }

    public sealed record OnbekendPerceel(int Nummer, IReadOnlyList<int> Bestaande) : StukWeigering
    {
        public override string Veld => "perceel";

        public override string Melding => Bestaande.Count == 0
            ? $"Dit traject heeft geen perceel {Nummer}. Publiceer het document voor het hele traject."
            : $"Dit traject heeft geen perceel {Nummer}. Kies een van de percelen {string.Join(", ", Bestaande)}, of het hele traject.";
    }

    public sealed record ToelichtingTeLang(int Maximum) : StukWeigering
    {
        public override string Veld => "toelichting";

        public override string Melding => $"De toelichting is te lang. Gebruik hoogstens {Maximum} tekens.";
    }

    public sealed record GeenBestand : StukWeigering
    {
        public override string Veld => "bestand";

        public override string Melding => "Kies een bestand om te publiceren: een PDF, DOCX, XLSX of ODT.";
    }
}
