using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Toelatingen;

namespace Regio.Platform.Trajecten.Toelatingen;

/// <summary>
/// What one actor may see of an open house: the owner's people all aanvragen and the counts per perceel
/// (<see cref="Tellingen"/>); an aanbieder only its own aanvragen (<see cref="AlsAanvrager"/> is for whom it applies).
/// </summary>
public sealed record Toelatingsoverzicht(
    Traject Traject,
    IReadOnlyList<AanvraagVersie> Aanvragen,
    IReadOnlyList<Toelatingstelling> Tellingen,
    bool MagBeslissen,
    string? AlsAanvrager)
{
    public bool MagAanvragen => AlsAanvrager is not null;
}
