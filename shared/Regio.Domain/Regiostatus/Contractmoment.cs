using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Planning;

namespace Regio.Domain.Regiostatus;

public enum Contractmomentsoort
{
    Start,
    Evaluatie,
}

/// <summary>A contract of a perceel starts, or is evaluated, on <see cref="Datum"/>; <see cref="OorspronkelijkeDatum"/> when the start moved.</summary>
public sealed record Contractmoment(int Perceel, Contractmomentsoort Soort, DateOnly Datum, string Omschrijving, DateOnly? OorspronkelijkeDatum = null);

/// <summary>
/// The contract moments of the coming <see cref="Vooruitblik"/> days, derived from what the traject itself records: the
/// start from its planning's contract-start milestone (as moved and realised), else from the perceel's signed agreement;
/// the evaluations whole contract years after that start (<see cref="Contractvoorwaarden.Evaluatiemomenten"/>). Contracts
/// recorded per aanbieder (rows of their own) are a more exact source; the platform reads them through the same record.
/// </summary>
public static class Contractmomenten
{
    public const int Vooruitblik = 90;

    public static IReadOnlyList<Contractmoment> UitTraject(Traject traject, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(traject);
        var tot = vandaag.AddDays(Vooruitblik);
        var mijlpaal = traject.Planning.Mijlpalen.Where(m => m.Soort == MijlpaalSoort.ContractStart).MaxBy(m => m.Id.Value);
        var momenten = new List<Contractmoment>();
        foreach (var perceel in traject.Percelen.Where(p => p.FaseOp(vandaag) != Fase.Ingetrokken))
        {
            var start = mijlpaal is { } m ? m.Realisatie?.Datum ?? m.GeplandeDatum : perceel.Dossier.OvereenkomstGetekend;
            if (start is not { } begin)
            {
                continue;
            }
            if (begin >= vandaag && begin <= tot)
            {
                var eerder = mijlpaal is { } verschoven && verschoven.OorspronkelijkeDatum != begin ? verschoven.OorspronkelijkeDatum : (DateOnly?)null;
                momenten.Add(new(perceel.Nummer, Contractmomentsoort.Start, begin, "Start van het contract", eerder));
            }
            foreach (var jaar in traject.Contract?.Evaluatiemomenten ?? [])
            {
                var evaluatie = begin.AddYears(jaar);
                if (evaluatie >= vandaag && evaluatie <= tot)
                {
                    momenten.Add(new(perceel.Nummer, Contractmomentsoort.Evaluatie, evaluatie, $"Evaluatie na contractjaar {jaar}"));
                }
            }
        }
        return momenten;
    }
}
