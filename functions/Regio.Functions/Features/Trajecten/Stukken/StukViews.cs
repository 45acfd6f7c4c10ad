using System.Globalization;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Stukken;
using Regio.Platform.Trajecten.Stukken;

namespace Regio.Functions.Features.Trajecten.Stukken;

/// <summary>The documents of a traject; <see cref="MagPubliceren"/> tells a client whether to offer publishing.</summary>
public sealed record StukkenView(string TrajectId, string Traject, bool MagPubliceren, IReadOnlyList<StukView> Documenten)
{
    public static StukkenView From(StukkenVanTraject v) =>
        new(v.Traject.Id.Value, v.Traject.Naam, v.MagPubliceren, v.Stukken.Select(s => StukView.From(v.Traject.Id, s)).ToList());
}

/// <param name="Perceel">The perceel it belongs to; null for the whole traject.</param>
/// <param name="Versies">Newest first; every version stays downloadable.</param>
public sealed record StukView(string Id, string Titel, int? Perceel, int LaatsteVersie, IReadOnlyList<StukVersieView> Versies)
{
    public static StukView From(TrajectId trajectId, Aanbestedingsstuk stuk) => new(
        stuk.Id, stuk.Titel, stuk.Perceel, stuk.Laatste.Nummer,
        stuk.Versies.OrderByDescending(v => v.Nummer).Select(v => StukVersieView.From(trajectId, stuk.Id, v)).ToList());
}

/// <param name="Soort">The kind recognised from the content: PDF, DOCX, XLSX or ODT.</param>
/// <param name="Sha256">SHA-256 of the file, lowercase hex; the download sends it in Repr-Digest too.</param>
/// <param name="Download">Where this version's file is, as a path on this API.</param>
public sealed record StukVersieView(
    int Nummer, string Bestandsnaam, string Soort, long Grootte, string Sha256, DateTimeOffset GepubliceerdOp, string GepubliceerdDoor,
    string? Toelichting, string Download)
{
    public static StukVersieView From(TrajectId trajectId, string stukId, StukVersie v) => new(
        v.Nummer, v.Bestandsnaam, StukSoorten.Naam(v.Soort), v.Grootte, v.Sha256, v.GepubliceerdOp, v.GepubliceerdDoor, v.Toelichting,
        DownloadPad(trajectId, stukId, v.Nummer));

    public static string DownloadPad(TrajectId trajectId, string stukId, int versie) =>
        string.Create(CultureInfo.InvariantCulture, $"/api/trajecten/{Uri.EscapeDataString(trajectId.Value)}/documenten/{stukId}/versies/{versie}");
}

/// <summary>How sizes and the part of a traject a document is for read in Dutch, on the page and in messages.</summary>
public static class StukTeksten
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>A moment as a Dutch reader expects it: in Dutch time, "23 november 2026 10:00".</summary>
    public static string Moment(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Amsterdam).ToString("d MMMM yyyy HH:mm", Nl);

    public static string Grootte(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Format(Nl, "{0:0.#} MB", bytes / (1024d * 1024d)),
        _ => string.Format(Nl, "{0:0.#} kB", Math.Max(0.1, bytes / 1024d)),
    };

    public static string Voor(int? perceel, Traject traject) => perceel is { } nummer
        ? $"Perceel {nummer}: {traject.Percelen.FirstOrDefault(p => p.Nummer == nummer)?.Naam}"
        : "Hele traject";

    /// <summary>The perceel field of a form: empty is the whole traject; anything else must be a number.</summary>
    public static (int? Perceel, string? Fout) Perceel(string? invoer)
    {
        if (string.IsNullOrWhiteSpace(invoer))
            return (null, null);
        return int.TryParse(invoer.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var nummer)
            ? (nummer, null)
            : (null, "Geef het nummer van een perceel, bijvoorbeeld 1, of laat het veld leeg voor het hele traject.");
    }
}
