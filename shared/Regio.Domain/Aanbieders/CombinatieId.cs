using System.Text.RegularExpressions;

namespace Regio.Domain.Aanbieders;

/// <summary>The id of a combinatie: ten lower-case letters and digits, safe in storage keys and URLs.</summary>
public readonly partial record struct CombinatieId(string Value)
{
    public override string ToString() => Value;

    public static bool IsValid(string? value) => value is not null && Vorm().IsMatch(value);

    [GeneratedRegex("^[a-z0-9]{10}$")]
    private static partial Regex Vorm();
}
