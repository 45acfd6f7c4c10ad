namespace Regio.Functions.Hosting.Auth;

/// <summary>
/// The connection to an eHerkenning broker (brokers offer OpenID Connect), from the settings section "EHerkenning".
/// Without an authority eHerkenning is off: no scheme is added and the sign-in page does not offer it.
/// Claim names differ per broker, so each is a setting; the defaults are the names of the eToegang afsprakenstelsel.
/// </summary>
public sealed record EHerkenningInstellingen(
    string Authority,
    string? MetadataAddress,
    string ClientId,
    string? ClientSecret,
    string Issuer,
    string Audience,
    string KvkClaim,
    string PseudoniemClaim,
    string NiveauClaim,
    string NaamClaim,
    IReadOnlyList<string> Niveaus,
    string? AcrValues)
{
    public const string Section = "EHerkenning";

    /// <summary>EH3 and EH4, as the afsprakenstelsel names them (SAML AuthnContextClassRef) and as some brokers spell them.</summary>
    public static readonly IReadOnlyList<string> StandaardNiveaus =
    [
        "urn:etoegang:core:assurance-class:loa3",
        "urn:etoegang:core:assurance-class:loa4",
        "EH3",
        "EH4",
    ];

    public static EHerkenningInstellingen? Lees(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var authority = Waarde(section, "Authority");
        if (authority is null)
        {
            return null;
        }
        var clientId = Waarde(section, "ClientId")
            ?? throw new InvalidOperationException("EHerkenning:ClientId ontbreekt: geef de client-id die de eHerkenning-makelaar aan Regio gaf (app-instelling EHerkenning__ClientId).");
        // One app setting with levels separated by semicolons (as infra writes it), or a list in appsettings.json.
        var lijst = section.GetSection("Niveaus");
        var niveaus = (lijst.Value?.Split(';') ?? lijst.GetChildren().Select(c => c.Value ?? "").ToArray())
            .Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        return new EHerkenningInstellingen(
            authority,
            Waarde(section, "MetadataAddress"),
            clientId,
            Waarde(section, "ClientSecret"),
            Waarde(section, "Issuer") ?? authority,
            Waarde(section, "Audience") ?? clientId,
            Waarde(section, "KvkClaim") ?? "urn:etoegang:1.9:EntityConcernedID:KvKnr",
            Waarde(section, "PseudoniemClaim") ?? "sub",
            Waarde(section, "NiveauClaim") ?? "acr",
            Waarde(section, "NaamClaim") ?? "name",
            niveaus.Count > 0 ? niveaus : StandaardNiveaus,
            Waarde(section, "AcrValues"));
    }

    // An app setting left empty (infra's default) counts as absent.
    private static string? Waarde(IConfigurationSection section, string key) =>
        section[key] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
