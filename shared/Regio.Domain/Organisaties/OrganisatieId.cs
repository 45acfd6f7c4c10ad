using System.Text.RegularExpressions;

namespace Regio.Domain.Organisaties;

/// <summary>The platform's short id of an organisation: lower-case letters, digits and hyphens, e.g. <c>haarlem</c>.</summary>
public readonly partial record struct OrganisatieId(string Value)
{
    public override string ToString() => Value;

    public static bool IsValid(string? value) => value is not null && Vorm().IsMatch(value);

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$")]
    private static partial Regex Vorm();
}
