using Microsoft.Extensions.Logging;
using Regio.Domain.Organisaties;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Organisaties.Uitnodigingen;

/// <summary>
/// At the first sign-in of a person without a membership, an open invitation for their address in an organisation that
/// signs in with their tenant becomes their membership, with the invited roles, audited. Expired, revoked and used
/// invitations, and those of other tenants, never bind.
/// </summary>
public sealed partial class UitnodigingBinden(OrganisatieStore store, TimeProvider time, ILogger<UitnodigingBinden> logger)
{
    /// <returns>The membership the invitation became, or the one a concurrent first request made; null when nothing binds.</returns>
    public async Task<Lidmaatschap?> BindAsync(Guid tenant, Guid objectId, string naam, string? upn, CancellationToken cancellationToken)
    {
        if (Upn.Normaliseer(upn) is not { } adres)
        {
            return null;
        }
        foreach (var organisatie in await store.FindUitnodigendeOrganisatiesAsync(tenant, adres, cancellationToken).ConfigureAwait(false))
        {
            if (await BindAsync(organisatie, tenant, objectId, naam, adres, cancellationToken).ConfigureAwait(false) is { } lid)
            {
                return lid;
            }
        }
        return null;
    }

    private async Task<Lidmaatschap?> BindAsync(OrganisatieId organisatie, Guid tenant, Guid objectId, string naam, string adres, CancellationToken cancellationToken)
    {
        var nu = time.GetUtcNow();
        if (await store.GetOpenUitnodigingAsync(organisatie, adres, cancellationToken).ConfigureAwait(false) is not { } open
            || await store.GetUitnodigingAsync(organisatie, open.Id, cancellationToken).ConfigureAwait(false) is not { } gelezen
            || gelezen.Uitnodiging is not { Tenant: var t, Upn: var u } uitnodiging || t != tenant || u != adres
            || uitnodiging.Staat(nu) != Uitnodigingsstaat.Open)
        {
            // A concurrent first request of the same person may have used it just now: then theirs is the membership.
            return await store.FindLidAsync(organisatie, tenant, objectId, cancellationToken).ConfigureAwait(false);
        }
        var lid = new Lidmaatschap(tenant, objectId, organisatie, string.IsNullOrWhiteSpace(naam) ? adres : naam.Trim(), uitnodiging.Rollen);
        var gebruikt = uitnodiging with { Gebruikt = new Uitnodigingsgebruik(tenant, objectId, lid.Naam, nu) };
        var wie = $"{organisatie}:{tenant}:{objectId}";
        var audit = new AuditEvent(nu, wie, "Uitnodiging gebruikt", $"lid:{tenant}:{objectId}", null,
            Json.Write(new { upn = adres, rollen = lid.Rollen.Order().Select(r => r.Naam()) }));
        var (uitkomst, _) = await store.BindUitnodigingAsync(OrganisatieScope.Systeem(organisatie), lid, gebruikt, gelezen.ETag, open.ETag, audit, cancellationToken).ConfigureAwait(false);
        if (uitkomst == LidSchrijven.Geschreven)
        {
            LogGebonden(logger, organisatie.Value, tenant, objectId);
            return lid;
        }
        // Lost the race to a concurrent first request of the same person (or they joined elsewhere meanwhile).
        return await store.FindLidAsync(organisatie, tenant, objectId, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Uitnodiging gebruikt: {Tenant}/{ObjectId} is lid van {Organisatie}")]
    private static partial void LogGebonden(ILogger logger, string organisatie, Guid tenant, Guid objectId);
}
