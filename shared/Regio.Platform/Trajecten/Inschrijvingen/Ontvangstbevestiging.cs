using System.Globalization;
using Regio.Domain.Trajecten.Inschrijvingen;

namespace Regio.Platform.Trajecten.Inschrijvingen;

/// <summary>
/// The receipt of a submission (or of its withdrawal): what the platform received, with sizes and SHA-256, and the
/// server's time. It is what counts: an upload without a receipt is not a submission.
/// </summary>
public sealed record Ontvangstbevestiging(
    string BewijsId, string TrajectId, string TrajectNaam, int Perceel, string PerceelNaam, Momentsoort Moment,
    string Inschrijver, int Versie, DateTimeOffset Tijdstip, string Door, IReadOnlyList<OntvangenBestand> Bestanden, bool Ingetrokken)
{
    public string Bestandsnaam(string extensie) => $"ontvangstbevestiging-{TrajectId}-perceel-{Perceel}-{Indienmoment.Naam(Moment)}-v{Versie}.{extensie}";

    /// <summary>The receipt as lines of text; the same lines make the PDF.</summary>
    public IReadOnlyList<string> Regels()
    {
        var regels = new List<string>
        {
            Ingetrokken ? "Ontvangstbevestiging van intrekking" : "Ontvangstbevestiging van indiening",
            "",
            $"Kenmerk:      {BewijsId}",
            $"Traject:      {TrajectNaam} ({TrajectId})",
            $"Perceel:      {Perceel.ToString(CultureInfo.InvariantCulture)}: {PerceelNaam}",
            $"Moment:       {Indienmoment.Omschrijving(Moment)}",
            $"Inschrijver:  {Inschrijver}",
            $"Versie:       {Versie.ToString(CultureInfo.InvariantCulture)}",
            $"Door:         {Door}",
            $"Ontvangen op: {Termijntekst.Exact(Tijdstip)} (tijd van de server)",
            $"              {Tijdstip.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)}",
            "",
        };
        if (Ingetrokken)
        {
            regels.Add("De inschrijving is ingetrokken. Er geldt nu geen inschrijving van deze inschrijver voor dit moment,");
            regels.Add("tot er vóór de sluiting opnieuw wordt ingediend.");
        }
        else
        {
            regels.Add("Ontvangen bestanden:");
            foreach (var b in Bestanden)
            {
                regels.Add("");
                regels.Add($"- {b.Document}: {b.Bestandsnaam}");
                regels.Add($"  {b.Soort.ToUpperInvariant()}, {Termijntekst.Grootte(b.Grootte)}");
                regels.Add($"  SHA-256: {b.Sha256}");
            }
            regels.Add("");
            regels.Add("Alleen de laatste indiening vóór de sluiting telt. Niemand kan de bestanden lezen voordat de");
            regels.Add("termijn is gesloten en twee personen van de aanbestedende dienst de inschrijvingen hebben geopend.");
        }
        return regels;
    }

    public string Tekst() => string.Join('\n', Regels()) + "\n";

    public byte[] Pdf() => EenvoudigePdf.Maak($"Ontvangstbevestiging {BewijsId}", Regels());
}
