using System.Globalization;
using Azure.Data.Tables;
using Regio.Platform.Storage;

namespace Regio.Platform.Trajecten;

/// <summary>
/// Whether a change of a traject fits Table Storage (<see cref="Rijmaat"/>): checked before writing, so a traject that
/// grew too large gets a Dutch refusal that says what to do, and never a failed request.
/// </summary>
internal static class Trajectmaat
{
    public const string Code = "TrajectTeGroot";

    /// <summary>The refusal, or null when every row and the whole transaction fit.</summary>
    public static string? Controleer(IReadOnlyList<TableTransactionAction> acties)
    {
        if (acties.Count > ChangeWriter.MaxRows)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"Deze wijziging raakt {acties.Count} delen van het traject tegelijk; er passen er hoogstens {ChangeWriter.MaxRows} in één keer. Leg haar in kleinere stappen vast, bijvoorbeeld per perceel.");
        }
        if (acties.FirstOrDefault(a => Rijmaat.Bytes(a.Entity) > Rijmaat.MaxRijBytes) is { } teGroot)
        {
            return $"{Beschrijf(teGroot.Entity.RowKey)} wordt groter dan de opslag per onderdeel toestaat (1 MiB). Maak de teksten korter.";
        }
        return acties.Sum(a => Rijmaat.Bytes(a.Entity)) > Rijmaat.MaxTransactieBytes
            ? "Deze wijziging is samen groter dan de opslag in één keer toestaat (4 MiB). Leg haar in kleinere stappen vast, bijvoorbeeld per perceel."
            : null;
    }

    /// <summary>What a person calls the part of the traject a row holds.</summary>
    private static string Beschrijf(string rowKey)
    {
        var naam = rowKey.StartsWith(TrajectRijen.Prefix, StringComparison.Ordinal) ? TrajectRijen.Ontleed(rowKey).Naam ?? "" : "";
        var delen = naam.Split('|');
        return delen switch
        {
            ["perceel", var p, "bezwaar", var b] => $"Bezwaar {int.Parse(b, CultureInfo.InvariantCulture)} van perceel {int.Parse(p, CultureInfo.InvariantCulture)}",
            ["perceel", var p] => $"Het dossier van perceel {int.Parse(p, CultureInfo.InvariantCulture)}",
            ["mijlpaal", var m] => $"Mijlpaal {int.Parse(m, CultureInfo.InvariantCulture)}",
            _ => "Dit traject",
        };
    }
}
