namespace Regio.Functions.Features.Trajecten.Vragen;

/// <summary>What an answer form posts: which question, the ETag it was read with, and the answer.</summary>
public sealed class AntwoordFormulier
{
    public int Nummer { get; set; }

    public string? ETag { get; set; }

    public string? Tekst { get; set; }
}
