using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;

namespace Regio.Platform.Demo;

/// <summary>
/// A gemeente's lokale keuzes as the documents show them: a local traject whose "onderdelen" are the parts of how the
/// gemeente organises the sociale basis and the access to care (Haarlem's Gewoon in de Wijk). Each part becomes one
/// keuze, described only with what the data says; nothing is shared with the regio, as nothing in the documents says so.
/// </summary>
public static class DemoLokaleKeuzes
{
    public static IEnumerable<(GemeenteId Gemeente, LokaleKeuze Keuze)> Uit(DemoTraject traject)
    {
        ArgumentNullException.ThrowIfNull(traject);
        if (!Eigenaar.TryParse(traject.Eigenaar, out var eigenaar) || eigenaar is not Eigenaar.EenGemeente gemeente || traject.Onderdelen is not { Count: > 0 } onderdelen)
        {
            yield break;
        }
        foreach (var onderdeel in onderdelen)
        {
            var bekostiging = traject.Bekostiging is { } b ? $" Bekostiging: {b}." : "";
            yield return (gemeente.Gemeente, new LokaleKeuze(
                LokaleKeuze.IdVan(onderdeel.Split('(')[0]),
                onderdeel,
                Onderwerp(onderdeel),
                $"Onderdeel van {traject.Naam}, het lokale traject waarin {string.Join(", ", onderdelen.Take(onderdelen.Count - 1))} en {onderdelen[^1]} samen worden verworven.{bekostiging}",
                [new TrajectId(traject.Id)],
                null,
                GedeeldMetRegio: false));
        }
    }

    private static KeuzeOnderwerp Onderwerp(string onderdeel) =>
        onderdeel.Contains("sociale basis", StringComparison.OrdinalIgnoreCase) ? KeuzeOnderwerp.SocialeBasis
        : onderdeel.Contains("wijkteam", StringComparison.OrdinalIgnoreCase) ? KeuzeOnderwerp.Toegang
        : onderdeel.Contains("aanvullende ondersteuning", StringComparison.OrdinalIgnoreCase) ? KeuzeOnderwerp.AanvullendeOndersteuning
        : KeuzeOnderwerp.Overig;
}
