using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Regio.Functions.Tests.Auth;

/// <summary>
/// Tokens as Microsoft Entra ID issues them (issuer of the person's tenant, tid, oid, audience of the app), signed by a
/// test key that the test host trusts the way production trusts Microsoft's published keys.
/// </summary>
public static class TestTokens
{
    /// <summary>The app registration's client id in appsettings.Development.json: the audience of a valid token.</summary>
    public const string Audience = "7e57de40-0000-4000-8000-00000000de40";

    public static readonly SecurityKey EntraKey = NewKey("test-entra");

    public static SecurityKey NewKey(string id) => new RsaSecurityKey(RSA.Create(2048)) { KeyId = id };

    /// <param name="upn">The preferred_username claim (the sign-in address), by which an invitation binds.</param>
    public static string Mint(
        Guid tenant, Guid objectId, string naam = "Testpersoon (demo)", SecurityKey? key = null, string? audience = null,
        string? issuer = null, DateTime? expires = null, string? upn = null)
    {
        var now = DateTime.UtcNow;
        var notBefore = expires is { } e && e < now ? e.AddHours(-1) : now;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? $"https://login.microsoftonline.com/{tenant:D}/v2.0",
            Audience = audience ?? Audience,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires ?? now.AddMinutes(30),
            Subject = new ClaimsIdentity(new[] { new Claim("tid", tenant.ToString()), new Claim("oid", objectId.ToString()), new Claim("name", naam), new Claim("ver", "2.0") }
                .Concat(upn is null ? [] : [new Claim("preferred_username", upn)])),
            SigningCredentials = new SigningCredentials(key ?? EntraKey, SecurityAlgorithms.RsaSha256),
        });
    }
}
