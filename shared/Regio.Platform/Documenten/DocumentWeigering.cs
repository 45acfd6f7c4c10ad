using System.Globalization;

namespace Regio.Platform.Documenten;

/// <summary>
/// Why a document was refused. Each reason is its own type so that a caller (and a test) can tell exactly which
/// rule refused; <see cref="Melding"/> is the Dutch text that tells the uploader what to do about it.
/// </summary>
public abstract record DocumentWeigering(string Melding)
{
    public sealed record Leeg() : DocumentWeigering(
        "Het bestand is leeg. Kies het bestand opnieuw en probeer het nog eens.");

    public sealed record TeGroot(long MaximumBytes) : DocumentWeigering(
        $"Het bestand is groter dan {Omvang(MaximumBytes)}. Maak het kleiner of verdeel het over meer bestanden.");

    public sealed record OnbekendeSoort() : DocumentWeigering(
        "Dit bestand is geen PDF, Word (DOCX), Excel (XLSX) of OpenDocument-tekst (ODT). " +
        "Alleen die soorten worden geaccepteerd; de naam of extensie van het bestand telt niet.");

    public sealed record MetMacros() : DocumentWeigering(
        "Dit bestand bevat macro's (zoals DOCM of XLSM). Bestanden met macro's worden niet geaccepteerd; " +
        "sla het op als DOCX of XLSX zonder macro's, of als PDF.");

    /// <summary>
    /// A Compound File (D0 CF 11 E0): either a password-protected DOCX/XLSX, which Office wraps in that container,
    /// or an old DOC/XLS. Telling them apart means parsing the container, and both are refused for the same fix.
    /// </summary>
    public sealed record Versleuteld() : DocumentWeigering(
        "Dit bestand is met een wachtwoord beveiligd, of het is een oud Office-bestand (DOC of XLS). " +
        "Sla het zonder wachtwoord op als DOCX, XLSX, ODT of PDF en probeer het opnieuw.");

    public sealed record Beschadigd() : DocumentWeigering(
        "Dit bestand is beschadigd of onvolledig: het lijkt op een DOCX-, XLSX- of ODT-bestand, " +
        "maar de inhoud kan niet worden gelezen. Sla het opnieuw op en probeer het nog eens.");

    private static string Omvang(long bytes)
    {
        var nl = CultureInfo.GetCultureInfo("nl-NL");
        return bytes switch
        {
            >= 1024 * 1024 => string.Format(nl, "{0:0.#} MB", bytes / (1024d * 1024d)),
            >= 1024 => string.Format(nl, "{0:0.#} kB", bytes / 1024d),
            _ => string.Format(nl, "{0} bytes", bytes),
        };
    }
}
