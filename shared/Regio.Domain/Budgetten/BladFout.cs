namespace Regio.Domain.Budgetten;

/// <summary>What is wrong in a budget sheet, at which row and column (1-based, as the spreadsheet shows them: rij 4, kolom C).</summary>
public sealed record BladFout(int Rij, int Kolom, string Melding)
{
    public string Plaats => $"Rij {Rij}, kolom {Kolomletter(Kolom)}";

    public override string ToString() => $"{Plaats}: {Melding}";

    /// <summary>The spreadsheet's name of a 1-based column: 1 → A, 27 → AA.</summary>
    public static string Kolomletter(int kolom)
    {
        var letters = "";
        for (var k = kolom; k > 0; k = (k - 1) / 26)
        {
            letters = (char)('A' + (k - 1) % 26) + letters;
        }
        return letters;
    }
}
