using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Vragen;

namespace Regio.Platform.Trajecten.Vragen;

/// <summary>
/// An aanbieder's own question as the aanbieder sees it: what it asked and whether it has been published, never the
/// answer before publication (that would let one aanbieder know more than another) and never who asked.
/// </summary>
public sealed record EigenVraag(int Nummer, int? Perceel, string Tekst, DateTimeOffset GesteldOp, int? NotaNummer)
{
    public static EigenVraag Van(Vraag vraag)
    {
        ArgumentNullException.ThrowIfNull(vraag);
        return new(vraag.Nummer, vraag.Perceel, vraag.Tekst, vraag.GesteldOp, vraag.NotaNummer);
    }
}

/// <summary>
/// What one actor may see of the questions of a traject. Everyone who sees the traject gets the published
/// <see cref="Notas"/>; only the owner gets <see cref="AlleVragen"/> (with who asked and the draft answers); an aanbieder
/// gets <see cref="EigenVragen"/>, its own organisation's questions.
/// </summary>
public sealed record Vragenoverzicht(
    Traject Traject,
    IReadOnlyList<GepubliceerdeNota> Notas,
    IReadOnlyList<VraagVersie> AlleVragen,
    IReadOnlyList<EigenVraag> EigenVragen,
    bool MagVragen,
    bool MagBeantwoorden)
{
    /// <summary>How many answers the button "Nota van Inlichtingen publiceren" would publish now.</summary>
    public int TePubliceren => Vragenregels.TePubliceren(AlleVragen.Select(v => v.Vraag));
}
