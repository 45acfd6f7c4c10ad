using Regio.Domain.Budgetten;
using Regio.Platform.Budgetten;

namespace Regio.Functions.Features.Budgetten;

/// <summary>The fields of a keuze form as posted (static SSR binds them by name, <c>Invoer.Naam</c> ...).</summary>
public sealed class KeuzeGegevens
{
    public string? KeuzeId { get; set; }
    public string? ETag { get; set; }
    public string? Naam { get; set; }
    public string? Onderwerp { get; set; }
    public string? Omschrijving { get; set; }
    /// <summary>Trajecten by id, separated by commas or new lines.</summary>
    public string? Trajecten { get; set; }
    public string? NotitieVoorRaad { get; set; }
    public bool GedeeldMetRegio { get; set; }

    public static KeuzeGegevens Van(LokaleKeuze keuze)
    {
        ArgumentNullException.ThrowIfNull(keuze);
        return new()
        {
            Naam = keuze.Naam, Onderwerp = keuze.Onderwerp.ToString(), Omschrijving = keuze.Omschrijving,
            Trajecten = string.Join(", ", keuze.Trajecten.Select(t => t.Value)), NotitieVoorRaad = keuze.NotitieVoorRaad, GedeeldMetRegio = keuze.GedeeldMetRegio,
        };
    }

    public KeuzeInvoer AlsInvoer() => new(Naam, Onderwerp, Omschrijving,
        (Trajecten ?? "").Split([',', '\n', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), NotitieVoorRaad, GedeeldMetRegio);
}

internal static class KeuzeTeksten
{
    public static readonly IReadOnlyList<(string Waarde, string Tekst)> Onderwerpen =
        Enum.GetValues<KeuzeOnderwerp>().Select(o => (o.ToString(), Onderwerp(o))).ToList();

    public static string Onderwerp(KeuzeOnderwerp onderwerp) => onderwerp switch
    {
        KeuzeOnderwerp.SocialeBasis => "Sociale basis",
        KeuzeOnderwerp.Toegang => "Toegang tot ondersteuning (wijkteam)",
        KeuzeOnderwerp.AanvullendeOndersteuning => "Aanvullende ondersteuning",
        _ => "Overig",
    };
}
