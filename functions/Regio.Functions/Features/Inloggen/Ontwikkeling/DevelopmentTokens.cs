using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Regio.Functions.Hosting.Auth;

namespace Regio.Functions.Features.Inloggen.Ontwikkeling;

/// <summary>
/// Development only, like `dotnet user-jwts`: a signing key made when the app starts, tokens shaped as Entra ID issues
/// them (issuer of the person's tenant, tid, oid, audience of the app), and a bearer configuration that trusts that key
/// instead of fetching Microsoft's. Outside Development none of this is registered, so the key is never trusted.
/// </summary>
public sealed class DevelopmentTokens(IConfiguration configuration, TimeProvider time) : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public SecurityKey Key => new RsaSecurityKey(_rsa) { KeyId = "regio-ontwikkeling" };

    public string Audience => configuration[$"{Authentication.AzureAdSection}:ClientId"] ?? "";

    public string Mint(DemoGebruikerView gebruiker)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = EntraIssuer.For(gebruiker.TenantId),
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            Subject = new ClaimsIdentity(
            [
                new Claim("tid", gebruiker.TenantId.ToString()),
                new Claim("oid", gebruiker.ObjectId.ToString()),
                new Claim("name", gebruiker.Naam),
                new Claim("ver", "2.0"),
            ]),
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.RsaSha256),
        });
    }

    public void TrustIn(JwtBearerOptions options)
    {
        var configuration = new OpenIdConnectConfiguration { Issuer = $"{EntraIssuer.Instance}{{tenantid}}/v2.0" };
        configuration.SigningKeys.Add(Key);
        options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
    }

    public void Dispose() => _rsa.Dispose();
}
