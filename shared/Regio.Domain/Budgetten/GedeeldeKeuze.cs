namespace Regio.Domain.Budgetten;

/// <summary>
/// A lokale keuze as the regio coordinator reads it once its gemeente shares it: exactly <see cref="Velden"/>. The local
/// trajecten it names and the notes for the gemeente's own council stay with the gemeente, shared or not. The gemeente
/// is told the same list (<see cref="WatDeRegioZiet"/>) where it decides to share, so that sharing never shows more than it read.
/// </summary>
public sealed record GedeeldeKeuze(string Id, string Naam, KeuzeOnderwerp Onderwerp, string Omschrijving)
{
    /// <summary>What the regio reads of a shared keuze: the field as the API names it, and as a person reads it.</summary>
    public static IReadOnlyList<(string Veld, string Tekst)> Velden { get; } =
        [("naam", "de naam"), ("onderwerp", "waar de keuze over gaat"), ("omschrijving", "hoe de gemeente dit organiseert")];

    /// <summary>What the regio never reads, shared or not.</summary>
    public static IReadOnlyList<(string Veld, string Tekst)> AlleenVoorDeGemeente { get; } =
        [("trajecten", "de lokale trajecten"), ("notitieVoorRaad", "de notitie voor de raad")];

    /// <summary>What sharing shows and what it does not, in the gemeente's words, for the place where it decides to share.</summary>
    public static string WatDeRegioZiet =>
        $"De regiocoördinator ziet van een gedeelde keuze alleen {Opsomming(Velden)}. {Hoofdletter(Opsomming(AlleenVoorDeGemeente))} blijven alleen voor de gemeente.";

    /// <summary>The same for a keuze that is, or is not yet, shared.</summary>
    public static string Uitleg(bool gedeeld) => gedeeld
        ? $"Gedeeld met de regio. {WatDeRegioZiet}"
        : $"Niet gedeeld: alleen medewerkers van de gemeente zien deze keuze. {WatDeRegioZiet}";

    private static string Opsomming(IReadOnlyList<(string Veld, string Tekst)> velden) =>
        $"{string.Join(", ", velden.Take(velden.Count - 1).Select(v => v.Tekst))} en {velden[^1].Tekst}";

    private static string Hoofdletter(string tekst) => $"{char.ToUpperInvariant(tekst[0])}{tekst[1..]}";
}
