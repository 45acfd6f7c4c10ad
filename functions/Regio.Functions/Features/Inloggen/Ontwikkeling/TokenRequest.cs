using Regio.Functions.Hosting;

namespace Regio.Functions.Features.Inloggen.Ontwikkeling;

/// <summary>
/// Whom a development token is for: <c>userId</c>, an id of GET /dev/users, or the <c>tenantId</c> and <c>objectId</c> of
/// a registered person. Strings, not GUIDs, so that a malformed one is answered by its own field's name and not as JSON
/// that does not parse.
/// </summary>
public sealed record TokenRequest(string? UserId, string? TenantId, string? ObjectId)
{
    /// <summary>The person the request names, or the field that is wrong and why.</summary>
    public async Task<(DemoGebruikerView? Gebruiker, Invoerfout? Fout)> FindAsync(DemoGebruikers gebruikers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gebruikers);
        var metUserId = !string.IsNullOrWhiteSpace(UserId);
        var metEntraIds = TenantId is not null || ObjectId is not null;
        if (metUserId && metEntraIds)
        {
            return (null, new Invoerfout("userId", "Geef userId óf tenantId met objectId, niet allebei."));
        }
        if (metUserId)
        {
            return await gebruikers.FindAsync(UserId, cancellationToken) is { } gebruiker
                ? (gebruiker, null)
                : (null, new Invoerfout("userId", $"Er is geen geregistreerde persoon met id '{UserId}'. Zie GET /dev/users voor de id's."));
        }
        if (!metEntraIds)
        {
            return (null, new Invoerfout("userId", "Geef userId (een id uit GET /dev/users), of tenantId en objectId van een geregistreerde persoon."));
        }
        var tenantFout = GuidFout("tenantId", TenantId, out var tenant);
        var objectFout = GuidFout("objectId", ObjectId, out var objectId);
        if ((tenantFout ?? objectFout) is { } fout)
        {
            return (null, fout);
        }
        return await gebruikers.FindAsync(tenant, objectId, cancellationToken) is { } persoon
            ? (persoon, null)
            : (null, new Invoerfout("objectId", "Er is geen geregistreerde persoon met deze tenantId en objectId. Zie GET /dev/users voor wie er zijn."));
    }

    private static Invoerfout? GuidFout(string veld, string? waarde, out Guid guid) =>
        Guid.TryParse(waarde, out guid) ? null
            : waarde is null ? new Invoerfout(veld, $"Geef ook {veld}: tenantId en objectId horen bij elkaar.")
            : new Invoerfout(veld, $"{veld} is geen GUID. Geef de GUID uit Entra ID, bijvoorbeeld 3f2504e0-4f89-11d3-9a0c-0305e82c3301.");
}

/// <summary>One field of a request that is wrong: answered 400 with the field under <c>errors</c> and the message as detail.</summary>
public sealed record Invoerfout(string Veld, string Melding)
{
    public Probleem AlsProbleem() => Probleem.Van(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [Veld] = [Melding] })
    {
        Status = StatusCodes.Status400BadRequest,
        Detail = Melding,
    });
}
