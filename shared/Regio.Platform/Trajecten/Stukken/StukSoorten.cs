using Regio.Platform.Documenten;

namespace Regio.Platform.Trajecten.Stukken;

/// <summary>How each recognised kind is served: its media type and the extension a nameless file gets.</summary>
public static class StukSoorten
{
    public static string ContentType(string soort) => Enum.TryParse<Documentsoort>(soort, out var s) ? ContentType(s) : "application/octet-stream";

    public static string ContentType(Documentsoort soort) => soort switch
    {
        Documentsoort.Pdf => "application/pdf",
        Documentsoort.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Documentsoort.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        Documentsoort.Odt => "application/vnd.oasis.opendocument.text",
        _ => "application/octet-stream",
    };

    public static string Extensie(Documentsoort soort) => soort.ToString().ToLowerInvariant();

    /// <summary>The kind as people name it: PDF, DOCX, XLSX, ODT.</summary>
    public static string Naam(string soort) => soort.ToUpperInvariant();
}
