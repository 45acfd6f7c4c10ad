namespace Regio.Domain.Trajecten.Gunningen;

/// <summary>
/// A part of a generated document (letter, proces-verbaal): the wording lives here, once; the platform renders the same
/// blocks as DOCX and the pages as HTML, so a preview reads exactly as the letter that is sent.
/// </summary>
public abstract record Documentblok
{
    private Documentblok() { }

    public sealed record Kop(string Tekst, int Niveau = 1) : Documentblok;

    public sealed record Alinea(string Tekst) : Documentblok;

    public sealed record Tabel(IReadOnlyList<string> Kolommen, IReadOnlyList<IReadOnlyList<string>> Rijen) : Documentblok;
}

/// <summary>Numbers as a Dutch reader writes them (decimal comma), without culture data.</summary>
public static class Getaltekst
{
    public static string Punten(decimal waarde) =>
        Math.Round(waarde, 2, MidpointRounding.AwayFromZero).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',');

    public static string Procent(decimal waarde) =>
        $"{Math.Round(waarde, 2, MidpointRounding.AwayFromZero).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',')}%";
}
