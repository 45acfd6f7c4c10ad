using Regio.Platform.Rapportages;

namespace Regio.Functions.Features.Rapportages;

/// <summary>What the letter pages' forms post: the month to generate, the four parts, the ETag read, the confirmation.</summary>
public sealed class RapportageFormulier
{
    public string? Maand { get; set; }

    public string? Aanleiding { get; set; }

    public string? Kernboodschap { get; set; }

    public string? Consequenties { get; set; }

    public string? Vervolg { get; set; }

    public string? ETag { get; set; }

    /// <summary>The box "Ik heb de brief gecontroleerd" that finalising asks for; a final letter cannot be taken back.</summary>
    public bool Bevestigd { get; set; }

    public RapportageInvoer AlsInvoer() => new(Aanleiding, Kernboodschap, Consequenties, Vervolg);
}
