namespace Regio.Functions.Features.Trajecten.Toelatingen;

/// <summary>What the form "Toelating aanvragen" posts: the perceel and up to three requirements with the aanbieder's answer.</summary>
public sealed class AanvraagFormulier
{
    public string? Perceel { get; set; }

    public string? Eis1 { get; set; }

    public string? Antwoord1 { get; set; }

    public string? Eis2 { get; set; }

    public string? Antwoord2 { get; set; }

    public string? Eis3 { get; set; }

    public string? Antwoord3 { get; set; }

    /// <summary>The filled-in pairs; a pair left empty on both sides is not part of the aanvraag.</summary>
    public IReadOnlyList<Domain.Trajecten.Toelatingen.EisAntwoord> Antwoorden() =>
        new[] { (Eis1, Antwoord1), (Eis2, Antwoord2), (Eis3, Antwoord3) }
            .Where(p => !string.IsNullOrWhiteSpace(p.Item1) || !string.IsNullOrWhiteSpace(p.Item2))
            .Select(p => new Domain.Trajecten.Toelatingen.EisAntwoord(p.Item1 ?? "", p.Item2 ?? ""))
            .ToList();
}

/// <summary>What the decision form of one aanvraag posts.</summary>
public sealed class BesluitFormulier
{
    public int Perceel { get; set; }

    public int Nummer { get; set; }

    public string? ETag { get; set; }

    /// <summary>"toegelaten" or "afgewezen".</summary>
    public string? Besluit { get; set; }

    public string? Motivering { get; set; }
}

/// <summary>What the form "Overeenkomst getekend" of one admitted aanvraag posts.</summary>
public sealed class OvereenkomstFormulier
{
    public int Perceel { get; set; }

    public int Nummer { get; set; }

    public string? ETag { get; set; }

    public string? Datum { get; set; }
}
