using Regio.Domain.Trajecten;

namespace Regio.Domain.Budgetten;

/// <summary>
/// A gemeente's share of one shared perceel, as the gemeente keeps it beside its own budget: whole euros per year,
/// the rounding euros it got (see <see cref="Verdeling"/>) and the key it was computed with (<c>1/7</c>, <c>vast</c>).
/// </summary>
public sealed record AandeelInPerceel(
    TrajectId Traject,
    string TrajectNaam,
    int Perceel,
    string PerceelNaam,
    Domein? Domein,
    IReadOnlyList<int> Jaren,
    IReadOnlyList<long> Bedragen,
    IReadOnlyList<long> Afronding,
    string Sleutel)
{
    public long? BedragIn(int jaar) => Jaren.ToList().IndexOf(jaar) is var i and >= 0 ? Bedragen[i] : null;
}
