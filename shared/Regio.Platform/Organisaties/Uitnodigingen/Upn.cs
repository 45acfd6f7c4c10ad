using System.Net.Mail;

namespace Regio.Platform.Organisaties.Uitnodigingen;

/// <summary>An e-mail address as Entra puts it in a token (preferred_username or upn), compared lower-cased.</summary>
public static class Upn
{
    public const int MaxLengte = 254;

    /// <summary>The normalised address, or null when it is not one address of the shape naam@domein.tld.</summary>
    public static string? Normaliseer(string? invoer)
    {
        var upn = invoer?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(upn) || upn.Length > MaxLengte || upn.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '|' or '/' or '\\' or '#' or '?'))
        {
            return null;
        }
        var at = upn.LastIndexOf('@');
        if (at <= 0 || upn.IndexOf('@', StringComparison.Ordinal) != at || !upn[(at + 1)..].Contains('.', StringComparison.Ordinal)
            || upn.EndsWith('.') || !MailAddress.TryCreate(upn, out var adres) || adres.Address != upn)
        {
            return null;
        }
        return upn;
    }
}
