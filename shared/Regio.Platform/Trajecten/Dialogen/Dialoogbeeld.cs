using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Dialogen;
using Regio.Platform.Storage;

namespace Regio.Platform.Trajecten.Dialogen;

/// <summary>
/// What one actor may see of a perceel's dialogue: the participants and rounds with their shared documents, and of the
/// sessions only those the actor may see (all for the owner's people, its own for a participant).
/// <see cref="AlsDeelnemer"/> is the participant the actor acts for, null for the owner's people. Without
/// <see cref="DeelnemersZichtbaar"/> (a participant before the award) the participants are the actor's own only.
/// </summary>
public sealed record Dialoogbeeld(
    Traject Traject,
    Perceel Perceel,
    Dialoog Dialoog,
    Versie? Versie,
    IReadOnlyList<Stand<Dialoogsessie>> Sessies,
    bool MagBeheren,
    Dialoogdeelnemer? AlsDeelnemer,
    bool DeelnemersZichtbaar = true)
{
    public string NaamVan(string sleutel) => Dialoog.Deelnemers.FirstOrDefault(d => d.Sleutel == sleutel)?.Naam ?? sleutel;
}

/// <summary>A shared document to download: its description and its bytes as they stream.</summary>
public sealed record DialoogBestand(GedeeldDocument Document, string ContentType, Stream Inhoud);
