using System.Globalization;
using Regio.Platform.Jobs;

namespace Regio.Platform.Trajecten.Inschrijvingen;

/// <summary>What one run of <see cref="UploadCleanupJob"/> did, counted per expired grant, and told to a beheerder in Dutch.</summary>
internal sealed class Opruimtelling
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public enum Afloop
    {
        /// <summary>Nothing to do: the grant was given again later, or never completed.</summary>
        Niets,

        /// <summary>A submission names the file: left alone.</summary>
        Ingediend,

        /// <summary>Nothing was ever uploaded under this grant.</summary>
        ZonderBestand,

        Verwijderd,

        /// <summary>The upload changed while it was looked at; the next run looks again.</summary>
        Tegelijk,
    }

    private readonly Dictionary<Afloop, int> _aantal = [];
    private readonly List<string> _bijzonderheden = [];
    private long _bytes;

    public void Count(Afloop afloop, long bytes, string? waar)
    {
        _aantal[afloop] = Aantal(afloop) + 1;
        if (afloop == Afloop.Verwijderd)
        {
            _bytes += bytes;
            _bijzonderheden.Add($"{waar}: niet ingediende upload van {FormatOmvang(bytes)} verwijderd.");
        }
        else if (afloop == Afloop.Tegelijk)
        {
            _bijzonderheden.Add($"{waar}: overgeslagen, want er werd tegelijk aan gewerkt; de volgende keer wordt opnieuw gekeken.");
        }
    }

    public JobOutcome ToOutcome()
    {
        if (_aantal.Values.Sum() == 0)
            return JobOutcome.Gedaan("Niets op te ruimen: sinds de vorige keer is geen uploadmachtiging meer dan een dag verlopen.");
        var verwijderd = Aantal(Afloop.Verwijderd);
        var ingediend = Aantal(Afloop.Ingediend);
        var zin = $"{verwijderd} niet ingediende {(verwijderd == 1 ? "upload" : "uploads")} verwijderd ({FormatOmvang(_bytes)}); "
            + $"{ingediend} {(ingediend == 1 ? "ingediend document" : "ingediende documenten")} ongemoeid gelaten.";
        if (Aantal(Afloop.ZonderBestand) is > 0 and var leeg)
            zin += $" {leeg} verlopen {(leeg == 1 ? "machtiging" : "machtigingen")} zonder bestand afgesloten.";
        if (Aantal(Afloop.Tegelijk) is > 0 and var tegelijk)
            zin += $" {tegelijk} {(tegelijk == 1 ? "upload" : "uploads")} overgeslagen omdat er tegelijk aan werd gewerkt.";
        return JobOutcome.Gedaan(zin, _bijzonderheden);
    }

    /// <summary>"12,4 MB", "3,1 kB" or "512 bytes".</summary>
    public static string FormatOmvang(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Format(Nl, "{0:0.0} MB", bytes / (1024d * 1024d)),
        >= 1024 => string.Format(Nl, "{0:0.0} kB", bytes / 1024d),
        _ => string.Format(Nl, "{0:N0} bytes", bytes),
    };

    private int Aantal(Afloop afloop) => _aantal.GetValueOrDefault(afloop);
}
