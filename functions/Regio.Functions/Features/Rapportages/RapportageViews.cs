using Regio.Domain.Rapportages;
using Regio.Platform.Rapportages;

namespace Regio.Functions.Features.Rapportages;

/// <summary>Body of POST /api/regios/{regioId}/rapportages: the month to generate a concept for, as jjjj-mm.</summary>
public sealed record NieuweRapportageRequest(string? Maand);

/// <summary>Body of PUT /api/regios/{regioId}/rapportages/{maand}: all four parts, as plain text (paragraphs on their own lines).</summary>
public sealed record RapportageTekstenRequest(string? Aanleiding, string? Kernboodschap, string? Consequenties, string? Vervolg)
{
    public RapportageInvoer AlsInvoer() => new(Aanleiding, Kernboodschap, Consequenties, Vervolg);
}

public sealed record BewerkingView(string Door, DateTimeOffset Op)
{
    public static BewerkingView? From(Bewerking? b) => b is null ? null : new(b.Wie, b.Wanneer);
}

/// <summary>The stored document of a final letter: its SHA-256 (hex) and size in bytes.</summary>
public sealed record DocumentView(string Sha256, long Grootte);

/// <summary>A letter in the list: its month, status and who did what when, and where to read and download it.</summary>
public sealed record RapportageSamenvattingView(
    string Maand, string MaandNaam, string Onderwerp, string Status, int Versie,
    BewerkingView Gegenereerd, BewerkingView? Gewijzigd, BewerkingView? Definitief, string Url, string DocxUrl)
{
    public static RapportageSamenvattingView From(Rapportage r) => new(
        r.Maand.ToString(), r.Maand.Naam, r.Onderwerp, r.Status.ToString(), r.Versie,
        BewerkingView.From(r.Gegenereerd)!, BewerkingView.From(r.LaatstGewijzigd), BewerkingView.From(r.Definitief),
        RapportageView.Pad(r), RapportageView.Pad(r) + "/docx");
}

public sealed record RapportagesView(string Regio, string RegioNaam, bool MagOpstellen, IReadOnlyList<RapportageSamenvattingView> Rapportages)
{
    public static RapportagesView From(Rapportagelijst lijst) => new(
        lijst.Regio.Id.Value, lijst.Regio.Naam, lijst.MagOpstellen, [.. lijst.Rapportages.Select(v => RapportageSamenvattingView.From(v.Rapportage))]);
}

/// <summary>A whole letter. The ETag to send back with If-Match is in the ETag header and in <see cref="ETag"/>.</summary>
public sealed record RapportageView(
    string Regio, string Maand, string MaandNaam, string Onderwerp, string Status, int Versie,
    string Aanleiding, string Kernboodschap, string Consequenties, string Vervolg,
    BewerkingView Gegenereerd, BewerkingView? Gewijzigd, BewerkingView? Definitief, DocumentView? Document, string DocxUrl, string ETag)
{
    public static string Pad(Rapportage r) => $"/api/regios/{r.Regio}/rapportages/{r.Maand}";

    public static RapportageView From(RapportageVersie v)
    {
        var r = v.Rapportage;
        return new(r.Regio.Value, r.Maand.ToString(), r.Maand.Naam, r.Onderwerp, r.Status.ToString(), r.Versie,
            r.Teksten.Aanleiding, r.Teksten.Kernboodschap, r.Teksten.Consequenties, r.Teksten.Vervolg,
            BewerkingView.From(r.Gegenereerd)!, BewerkingView.From(r.LaatstGewijzigd), BewerkingView.From(r.Definitief),
            v.Bestand is { } b ? new DocumentView(b.Sha256, b.Grootte) : null, Pad(r) + "/docx", v.Versie.ToString());
    }
}
