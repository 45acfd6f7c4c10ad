using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Regio.Domain.Organisaties;

namespace Regio.Functions.Hosting.Auth;

/// <summary>
/// Maps a validated eHerkenning token onto the identity Regio knows from Entra: the tenant (tid) is the organisation, the
/// object id (oid) the person. Then <see cref="Claims.Ids"/>, <see cref="RequestActor"/>, the ActorResolver and the
/// <see cref="TenantAllowList"/> treat an aanbieder that signs in with eHerkenning exactly like one that uses Entra.
/// <para>
/// Both ids are derived GUIDs (SHA-256, first 16 bytes, as the demo ids are): identifiers only Regio uses, stable on every
/// machine, and never mistaken for a real Entra tenant. The KvK number itself stays in the claim <see cref="KvkClaim"/>.
/// The person is the broker's pseudonym within that KvK number: the same pseudonym for another organisation is another
/// person, and a pseudonym of another broker is never taken for one of this broker's.
/// </para>
/// </summary>
public static class EHerkenningIdentiteit
{
    /// <summary>The KvK number of the organisation a person signed in for; also tells that the person came through eHerkenning.</summary>
    public const string KvkClaim = "regio:kvk";

    /// <summary>The TenantId of an aanbieder whose people sign in with eHerkenning: what its registration records.</summary>
    public static Guid TenantVoor(KvkNummer kvk) => Derive($"eherkenning:kvk:{kvk.Value}");

    public static Guid PersoonVoor(string issuer, KvkNummer kvk, string pseudoniem) => Derive($"eherkenning:persoon:{issuer}|{kvk.Value}|{pseudoniem}");

    /// <summary>Adds tid, oid and name to the principal; or answers, in Dutch, why this sign-in is refused.</summary>
    public static string? Map(ClaimsPrincipal principal, EHerkenningInstellingen instellingen)
    {
        if (principal.Identity is not ClaimsIdentity identity)
        {
            return "Het eHerkenning-token is niet te lezen.";
        }
        if (Niveau.Weigering(principal.FindFirstValue(instellingen.NiveauClaim), instellingen.Niveaus) is { } weigering)
        {
            return weigering;
        }
        if (!KvkNummer.TryParse(principal.FindFirstValue(instellingen.KvkClaim), out var kvk))
        {
            return "De eHerkenning-aanmelding noemt geen KvK-nummer van uw organisatie. Regio herkent aanbieders aan hun KvK-nummer: meld u aan namens een organisatie die in het Handelsregister staat.";
        }
        if (principal.FindFirstValue(instellingen.PseudoniemClaim) is not { Length: > 0 } pseudoniem)
        {
            return "De eHerkenning-aanmelding noemt niet wie u bent (er is geen pseudoniem). Probeer het opnieuw of neem contact op met uw eHerkenning-leverancier.";
        }
        // Whatever ids the broker put in are not Regio's: only the derived ones count.
        foreach (var claim in identity.Claims.Where(c => c.Type is "tid" or "oid" or KvkClaim || c.Type.StartsWith("http://schemas.microsoft.com/identity/claims/", StringComparison.Ordinal)).ToList())
        {
            identity.RemoveClaim(claim);
        }
        identity.AddClaim(new Claim("tid", TenantVoor(kvk).ToString()));
        identity.AddClaim(new Claim("oid", PersoonVoor(instellingen.Issuer, kvk, pseudoniem).ToString()));
        identity.AddClaim(new Claim(KvkClaim, kvk.Value));
        if (principal.FindFirstValue("name") is null)
        {
            identity.AddClaim(new Claim("name", principal.FindFirstValue(instellingen.NaamClaim) ?? $"Medewerker van KvK {kvk.Value}"));
        }
        return null;
    }

    private static Guid Derive(string text) => new(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));

    /// <summary>The level of assurance (betrouwbaarheidsniveau) of the sign-in, named as people know it: EH2, EH3, ...</summary>
    public static class Niveau
    {
        private const string Urn = "urn:etoegang:core:assurance-class:";

        public static string? Weigering(string? niveau, IReadOnlyList<string> toegestaan)
        {
            if (niveau is not null && toegestaan.Contains(niveau, StringComparer.OrdinalIgnoreCase))
            {
                return null;
            }
            var minimum = toegestaan.Select(Naam).Order(StringComparer.Ordinal).First();
            return niveau is null
                ? $"Voor Regio is eHerkenning niveau {minimum} of hoger nodig; uw aanmelding noemde geen niveau."
                : $"Voor Regio is eHerkenning niveau {minimum} of hoger nodig; u meldde zich aan met {Naam(niveau)}.";
        }

        public static string Naam(string niveau) => niveau.StartsWith(Urn, StringComparison.OrdinalIgnoreCase)
            ? niveau[Urn.Length..].ToLowerInvariant() switch
            {
                "loa1" => "EH1",
                "loa2" => "EH2",
                "loa2plus" => "EH2+",
                "loa3" => "EH3",
                "loa4" => "EH4",
                var anders => anders,
            }
            : niveau;
    }
}
