namespace Regio.Domain.Organisaties;

/// <summary>A Dutch chamber of commerce number: exactly eight digits.</summary>
public readonly record struct KvkNummer
{
    private KvkNummer(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Value;

    public static bool TryParse(string? text, out KvkNummer nummer)
    {
        var trimmed = text?.Trim() ?? "";
        var valid = trimmed.Length == 8 && trimmed.All(char.IsAsciiDigit);
        nummer = valid ? new KvkNummer(trimmed) : default;
        return valid;
    }
}
