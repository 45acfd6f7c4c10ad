using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;

namespace Regio.Domain.Aanbieders;

/// <summary>
/// That an aanbieder takes part in the registrations of a perceel: alone (<see cref="Combinatie"/> null, with its own
/// statements) or as a confirmed member of a combinatie, whose statements the combinatie keeps. An aanbieder has at most
/// one per perceel.
/// </summary>
public sealed record Aanmelding(
    TrajectId Traject,
    int Perceel,
    OrganisatieId Aanbieder,
    string AanbiederNaam,
    CombinatieId? Combinatie,
    DateTimeOffset Op,
    string Door,
    IReadOnlyList<Verklaring> Verklaringen)
{
    public bool IsAlleen => Combinatie is null;

    /// <summary>The <see cref="Inschrijver.Sleutel"/> it registers as.</summary>
    public string Inschrijver => Combinatie is { } id ? $"combinatie|{id}" : $"aanbieder|{Aanbieder}";
}
