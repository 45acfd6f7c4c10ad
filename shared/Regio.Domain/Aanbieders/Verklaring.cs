namespace Regio.Domain.Aanbieders;

/// <summary>What an aanbieder declares for its registration. The UEA is the European self-declaration (ESPD).</summary>
public enum Verklaringsoort
{
    /// <summary>The Uniform Europees Aanbestedingsdocument is filled in and signed.</summary>
    Uea,
    /// <summary>None of the exclusion grounds of articles 2.86 and 2.87 Aanbestedingswet applies.</summary>
    GeenUitsluitingsgronden,
    /// <summary>The aanbieder keeps the tender documents and the dialogue confidential.</summary>
    Geheimhouding,
}

/// <summary>
/// One statement of one aanbieder, in its own name: which one, who of its people gave it and when (server time). For the
/// UEA the SHA-256 of the signed document may be recorded, so that the document handed in later can be matched to it.
/// </summary>
public sealed record Verklaring(Verklaringsoort Soort, string AfgegevenDoor, DateTimeOffset Op, string? DocumentSha256 = null);

public static class Verklaringen
{
    public static IReadOnlyList<Verklaringsoort> Alle { get; } = Enum.GetValues<Verklaringsoort>();

    public static string Tekst(this Verklaringsoort soort) => soort switch
    {
        Verklaringsoort.Uea => "Wij hebben het Uniform Europees Aanbestedingsdocument (UEA) ingevuld en ondertekend.",
        Verklaringsoort.GeenUitsluitingsgronden => "Op onze organisatie is geen uitsluitingsgrond van toepassing (artikel 2.86 en 2.87 Aanbestedingswet).",
        Verklaringsoort.Geheimhouding => "Wij houden de aanbestedingsstukken en wat in de dialoog wordt besproken geheim.",
        _ => throw new ArgumentOutOfRangeException(nameof(soort)),
    };

    public static string Kort(this Verklaringsoort soort) => soort switch
    {
        Verklaringsoort.Uea => "UEA",
        Verklaringsoort.GeenUitsluitingsgronden => "Geen uitsluitingsgronden",
        Verklaringsoort.Geheimhouding => "Geheimhouding",
        _ => throw new ArgumentOutOfRangeException(nameof(soort)),
    };

    /// <summary>A SHA-256 as 64 hexadecimal characters, any case.</summary>
    public static bool IsSha256(string? tekst) => tekst is { Length: 64 } && tekst.All(char.IsAsciiHexDigit);

    /// <summary>The new statements replace earlier ones of the same kind: the latest word of the aanbieder counts.</summary>
    public static IReadOnlyList<Verklaring> Samen(IReadOnlyList<Verklaring> bestaand, IReadOnlyList<Verklaring> nieuw) =>
        [.. bestaand.Where(b => nieuw.All(n => n.Soort != b.Soort)), .. nieuw];
}
