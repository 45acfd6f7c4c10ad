namespace Regio.Platform.Documenten;

/// <summary>
/// The kinds of document that tender documents and inschrijvingen may be. Deliberately short: each kind is
/// recognised by its content, and anything else (including ODS, DOC, XLS and macro-enabled Office files) is refused.
/// </summary>
public enum Documentsoort
{
    Pdf,
    Docx,
    Xlsx,
    Odt,
}
