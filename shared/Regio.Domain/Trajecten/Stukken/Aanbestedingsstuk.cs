namespace Regio.Domain.Trajecten.Stukken;

/// <summary>
/// A tender document of a traject, or of one of its percelen when <see cref="Perceel"/> is set. Each publication is a
/// new <see cref="StukVersie"/>; earlier versions stay as they were, so what an aanbieder read can always be shown again.
/// </summary>
/// <param name="Id">A slug made from the first title, unique within the traject; it names the document in URLs.</param>
public sealed record Aanbestedingsstuk(string Id, string Titel, int? Perceel, IReadOnlyList<StukVersie> Versies)
{
    public StukVersie Laatste => Versies.MaxBy(v => v.Nummer)
        ?? throw new InvalidOperationException($"Aanbestedingsstuk {Id} heeft geen versies.");

    public StukVersie? Versie(int nummer) => Versies.FirstOrDefault(v => v.Nummer == nummer);

    /// <summary>The number the next publication gets: one more than the highest so far, starting at 1.</summary>
    public int VolgendeVersie => Versies.Count == 0 ? 1 : Versies.Max(v => v.Nummer) + 1;
}

/// <summary>One published version: the file exactly as it was received, measured and hashed when it was checked.</summary>
/// <param name="Bestandsnaam">The name the publisher's file had, only for the download; the content decided the kind.</param>
/// <param name="Soort">The kind recognised from the content: "Pdf", "Docx", "Xlsx" or "Odt".</param>
/// <param name="Sha256">SHA-256 of the stored bytes, lowercase hex.</param>
/// <param name="GepubliceerdDoor">The name of the person who published it, as shown to readers.</param>
public sealed record StukVersie(
    int Nummer,
    string Bestandsnaam,
    string Soort,
    long Grootte,
    string Sha256,
    DateTimeOffset GepubliceerdOp,
    string GepubliceerdDoor,
    string? Toelichting);
