using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Regio.Functions.Hosting.Auth;

/// <summary>
/// A token of a multi-tenant app is issued by the tenant of the person who signed in. Its issuer must name that same
/// tenant (the token's tid); whether the tenant is a registered organisation is checked after validation.
/// </summary>
public static class EntraIssuer
{
    public const string Instance = "https://login.microsoftonline.com/";

    public static string For(Guid tenant) => $"{Instance}{tenant:D}/v2.0";

    public static string Validate(string issuer, SecurityToken token, TokenValidationParameters parameters)
    {
        var tid = token is JsonWebToken jwt && jwt.TryGetPayloadValue<string>("tid", out var value) ? value : null;
        if (Guid.TryParse(tid, out var tenant) && (issuer == For(tenant) || issuer == $"https://sts.windows.net/{tenant:D}/"))
        {
            return issuer;
        }
        throw new SecurityTokenInvalidIssuerException($"IDX-Regio: issuer '{issuer}' hoort niet bij tenant '{tid}'.") { InvalidIssuer = issuer };
    }
}
