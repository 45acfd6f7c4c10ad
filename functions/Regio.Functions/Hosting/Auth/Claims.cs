using System.Security.Claims;
using Microsoft.Identity.Web;

namespace Regio.Functions.Hosting.Auth;

/// <summary>The tenant and object id of a signed-in person, whichever claim names the token handler used.</summary>
public static class Claims
{
    public static (Guid Tenant, Guid ObjectId)? Ids(this ClaimsPrincipal user) =>
        Guid.TryParse(user.GetTenantId(), out var tenant) && Guid.TryParse(user.GetObjectId(), out var oid) ? (tenant, oid) : null;

    /// <summary>
    /// The sign-in address by which an invitation binds: preferred_username in v2 tokens, upn in v1 (a guest's is their
    /// home address). Null when the token has neither.
    /// </summary>
    public static string? Upn(this ClaimsPrincipal user) =>
        user.FindFirstValue("preferred_username") ?? user.FindFirstValue("upn") ?? user.FindFirstValue(ClaimTypes.Upn);

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue("name") ?? user.GetDisplayName() ?? "onbekend";
}
