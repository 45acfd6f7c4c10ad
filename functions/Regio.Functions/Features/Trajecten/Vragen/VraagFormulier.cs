namespace Regio.Functions.Features.Trajecten.Vragen;

/// <summary>What the form "Vraag stellen" posts: the perceel as text (empty for the whole traject) and the question.</summary>
public sealed class VraagFormulier
{
    public string? Perceel { get; set; }

    public string? Tekst { get; set; }
}
