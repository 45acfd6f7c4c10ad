namespace Regio.Domain.Trajecten.Inschrijvingen;

/// <summary>
/// What one inschrijver (an aanbieder alone or a combinatie, by its key) submitted for one moment: every version, in
/// order. Only the last one counts (<see cref="Geldend"/>); a withdrawal is a version too, with no files.
/// </summary>
public sealed record Inschrijving(string Inschrijver, string Naam, IReadOnlyList<Indiening> Versies)
{
    public Indiening? Geldend => Versies.Count > 0 && !Versies[^1].Ingetrokken ? Versies[^1] : null;

    public int VolgendeVersie => Versies.Count + 1;
}

/// <summary>One version: a submission with its receipt id and files, or (<see cref="Ingetrokken"/>) a withdrawal.</summary>
public sealed record Indiening(int Versie, string BewijsId, DateTimeOffset Tijdstip, string Door, IReadOnlyList<OntvangenBestand> Bestanden, bool Ingetrokken = false);

/// <summary>
/// A file as the platform verified it: for which required document, the name the sender gave it, its size and
/// SHA-256, its kind by content, and where it lies (<see cref="UploadId"/>, blob <see cref="ETag"/> at submission).
/// </summary>
public sealed record OntvangenBestand(string Document, string Bestandsnaam, long Grootte, string Sha256, string Soort, string UploadId, string ETag);
