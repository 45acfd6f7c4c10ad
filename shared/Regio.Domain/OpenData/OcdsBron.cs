using Regio.Domain.Trajecten;

namespace Regio.Domain.OpenData;

/// <summary>An organisation as OCDS names it: a stable id ("gemeente-haarlem") and its name.</summary>
public sealed record Partij(string Id, string Naam);

/// <summary>
/// What the open data of one published traject is made from: the traject (phases and dossier dates), who buys and who runs
/// the procedure, the number of inschrijvingen per perceel (published only once the perceel is awarded) and the contracts
/// of its definitive awards. Nothing else is read, so nothing else can leak.
/// </summary>
public sealed record OcdsBron(
    Traject Traject,
    Partij Koper,
    Partij? Aanbesteder,
    IReadOnlyDictionary<int, int> Inschrijvingen,
    IReadOnlyList<Contracten.Contract> Contracten);
