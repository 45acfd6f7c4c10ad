using System.Globalization;
using Regio.Domain.Aanbieders;
using Regio.Functions.Components.Formulieren;
using Regio.Platform;
using Regio.Platform.Aanbieders;
using Regio.Platform.Tijd;

namespace Regio.Functions.Features.Aanbieders;

/// <summary>The statements an organisation gives on a form: the ticked kinds, the UEA's SHA-256 if known, and the ETag that was read.</summary>
public class VerklaringFormulier
{
    public List<string>? Verklaringen { get; set; }

    public string? UeaSha256 { get; set; }

    public string? ETag { get; set; }

    public Verklaringsinvoer AlsInvoer() => new(Verklaringen ?? [], UeaSha256);
}

/// <summary>Registering for one perceel: alone (statements only) or as the penvoerder of a new combinatie (with its name and a first member).</summary>
public sealed class AanmeldFormulier : VerklaringFormulier
{
    public int Perceel { get; set; }

    public string? Naam { get; set; }

    public string? Lid { get; set; }
}

public sealed class UitnodigFormulier
{
    public string? Organisatie { get; set; }

    public string? ETag { get; set; }
}

public static class AanbiederTeksten
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>A moment as a Dutch reader expects it: the date and time in Amsterdam.</summary>
    public static string Tijdstip(DateTimeOffset op) => TimeZoneInfo.ConvertTime(op, NederlandseTijd.Zone).ToString("d MMMM yyyy HH:mm", Nl);

    public static string Status(Lidstatus status) => status switch
    {
        Lidstatus.Uitgenodigd => "Uitgenodigd",
        Lidstatus.Bevestigd => "Bevestigd",
        Lidstatus.Afgewezen => "Afgewezen",
        _ => status.ToString(),
    };

    public static string Verklaringen(IEnumerable<Verklaring> verklaringen) =>
        string.Join(", ", verklaringen.Select(v => v.Soort.Kort())) is { Length: > 0 } tekst ? tekst : "Nog geen";

    /// <summary>The errors of a refused form, each pointing at the field of <paramref name="prefix"/> it is about.</summary>
    public static IReadOnlyList<Fout> Fouten<T>(Uitkomst<T> uitkomst, string prefix) => uitkomst is Uitkomst<T>.Ongeldig o
        ? o.Fouten.Select(f => new Fout(f.Key, f.Key switch
        {
            "verklaringen" => $"{prefix}-{Verklaringsoort.Uea}",
            "ueaSha256" => $"{prefix}-sha",
            "organisatie" => $"{prefix}-lid",
            _ => $"{prefix}-{f.Key}",
        }, f.Value)).ToList()
        : [];
}
