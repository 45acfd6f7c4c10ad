using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Regio.Functions.Hosting.Auth;

namespace Regio.Functions.Tests.Auth;

/// <summary>
/// A test eHerkenning broker: tokens as a broker issues them over OpenID Connect (its issuer, the KvK number, a pseudonym
/// as sub, the level as acr), signed by a key that the test host trusts the way production trusts the broker's metadata.
/// </summary>
public static class EHerkenningTokens
{
    public const string Issuer = "https://eherkenning.test/broker";
    public const string ClientId = "regio-eherkenning-test";
    public const string KvkClaim = "urn:etoegang:1.9:EntityConcernedID:KvKnr";
    public const string EH3 = "urn:etoegang:core:assurance-class:loa3";
    public const string EH2 = "urn:etoegang:core:assurance-class:loa2";

    public static readonly SecurityKey Key = TestTokens.NewKey("test-eherkenning");

    /// <summary>The settings that turn eHerkenning on, for <see cref="RegioAppFactory"/>.</summary>
    public static Dictionary<string, string?> Instellingen() => new()
    {
        ["EHerkenning:Authority"] = Issuer,
        ["EHerkenning:ClientId"] = ClientId,
        ["EHerkenning:ClientSecret"] = "geheim-van-de-test",
    };

    public static string Mint(string? kvk, string pseudoniem, string? niveau = EH3, SecurityKey? key = null, string issuer = Issuer)
    {
        var now = DateTime.UtcNow;
        var claims = new List<Claim> { new("sub", pseudoniem) };
        if (kvk is not null)
        {
            claims.Add(new Claim(KvkClaim, kvk));
        }
        if (niveau is not null)
        {
            claims.Add(new Claim("acr", niveau));
        }
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(30),
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(key ?? Key, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>What the broker's metadata document would give: its issuer, endpoints and signing key.</summary>
    public static void Trust(IServiceCollection services)
    {
        var configuration = new OpenIdConnectConfiguration
        {
            Issuer = Issuer,
            AuthorizationEndpoint = $"{Issuer}/authorize",
            TokenEndpoint = $"{Issuer}/token",
        };
        configuration.SigningKeys.Add(Key);
        var manager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
        services.AddOptions<JwtBearerOptions>(EHerkenning.BearerScheme).PostConfigure(options => options.ConfigurationManager = manager);
        services.AddOptions<OpenIdConnectOptions>(EHerkenning.Scheme).PostConfigure(options => options.ConfigurationManager = manager);
    }
}
