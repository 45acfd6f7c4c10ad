using Azure;
using Regio.Platform.Storage;

namespace Regio.Functions.Features.Trajecten.Beoordelingen;

/// <summary>
/// A part of the beoordeling as the client holds its version: the ETag header and the forms' hidden fields carry a
/// <see cref="Versie"/> token, and the If-Match header or hidden field it sends back is parsed into one (none: nothing read).
/// </summary>
internal static class Versietoken
{
    public static string? Van(ETag? etag) => etag is { } e ? Versie.Enkel(e).ToString() : null;

    public static Versie? Lees(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : Versie.Parse(tekst);
}
