using Azure;
using Regio.Domain.Organisaties;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Organisaties;

/// <summary>
/// A beheerder of an organisation gives a person exactly the roles it names there, audited. One person works for one
/// organisation; a member's roles change only in the version that was read, so no change is lost.
/// </summary>
public sealed class RollenToekennen(OrganisatieStore store, Toegangspoort toegangspoort, TimeProvider time)
{
    /// <summary>
    /// Gives a person exactly <paramref name="rollen"/> in organisation <paramref name="id"/>. A new person is added
    /// (<paramref name="gelezen"/> null); an existing one needs the version that was read.
    /// </summary>
    public async Task<Uitkomst<(Lidmaatschap Lid, Versie Versie)>> SaveAsync(
        Actor actor, OrganisatieId id, Guid tenant, Guid objectId, string? naam, IReadOnlyCollection<string> rollen, Versie? gelezen,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rollen);
        var besluit = AccessPolicy.Beslis(actor, Actie.RollenBeheren, id);
        var organisatie = besluit is Besluit.NietGevonden ? null : await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (organisatie is null || besluit is not Besluit.Toegestaan toegestaan)
        {
            return await toegangspoort.WeigerAsync<(Lidmaatschap, Versie)>(actor, $"rollen in organisatie:{id}", besluit, cancellationToken).ConfigureAwait(false);
        }
        var bestaand = await store.GetLidAsync(toegestaan.Scope, tenant, objectId, cancellationToken).ConfigureAwait(false);
        var fouten = ControleerLid(organisatie, tenant, objectId, naam ?? bestaand?.Lid.Naam, rollen);
        if (fouten.Count > 0)
        {
            return new Uitkomst<(Lidmaatschap, Versie)>.Ongeldig(fouten);
        }
        if (bestaand is not null && gelezen is null)
        {
            return new Uitkomst<(Lidmaatschap, Versie)>.Conflict("Deze persoon heeft al rollen in uw organisatie. Lees ze eerst en stuur de ETag mee (If-Match), zodat u niemands wijziging overschrijft.");
        }
        var lid = new Lidmaatschap(tenant, objectId, id, (naam ?? bestaand!.Value.Lid.Naam).Trim(), rollen.Select(r => Rollen.TryParse(r, out var rol) ? rol : (Rol?)null).OfType<Rol>().ToHashSet());
        var audit = new AuditEvent(time.GetUtcNow(), actor.AuditNaam, "Rollen gewijzigd", $"lid:{tenant}:{objectId}",
            bestaand is { } b ? Json.Write(b.Lid.Rollen.Order().Select(r => r.Naam())) : null, Json.Write(lid.Rollen.Order().Select(r => r.Naam())));
        ETag? expected = gelezen?.EnkeleETagOfOnbekend;
        var (uitkomst, etag) = await store.SaveLidAsync(toegestaan.Scope, lid, expected, audit, cancellationToken).ConfigureAwait(false);
        return uitkomst switch
        {
            LidSchrijven.Geschreven => (lid, Versie.Enkel(etag)),
            LidSchrijven.AndereOrganisatie => new Uitkomst<(Lidmaatschap, Versie)>.Conflict("Deze persoon hoort al bij een andere organisatie op Regio. Een persoon werkt voor één organisatie."),
            _ => new Uitkomst<(Lidmaatschap, Versie)>.Conflict("Iemand anders heeft de rollen van deze persoon intussen gewijzigd. Lees ze opnieuw en probeer het nog eens.", Verouderd: true),
        };
    }

    private static Dictionary<string, string> ControleerLid(Organisatie organisatie, Guid tenant, Guid objectId, string? naam, IReadOnlyCollection<string> rollen)
    {
        var fouten = new Dictionary<string, string>();
        var verwachteTenant = organisatie.GastAccounts ? null : organisatie.TenantId;
        if (tenant == Guid.Empty || objectId == Guid.Empty)
        {
            fouten["objectId"] = "Geef de tenant-id en object-id (GUID's) van de persoon uit Entra ID.";
        }
        else if (verwachteTenant is { } t && t != tenant)
        {
            fouten["tenantId"] = $"Medewerkers van {organisatie.Naam} melden zich aan met tenant {t}; deze persoon komt uit een andere tenant.";
        }
        if (string.IsNullOrWhiteSpace(naam) || naam.Trim().Length > 200)
        {
            fouten["naam"] = "Geef de naam van de persoon (maximaal 200 tekens).";
        }
        var onbekend = rollen.Where(r => !Rollen.TryParse(r, out var rol) || !organisatie.MogelijkeRollen.Contains(rol)).ToList();
        if (onbekend.Count > 0)
        {
            fouten["rollen"] = $"Onbekende rol(len) voor een {organisatie.Soort.ToString().ToLowerInvariant()}: {string.Join(", ", onbekend)}. " +
                $"Mogelijk zijn: {string.Join(", ", organisatie.MogelijkeRollen.Select(r => r.Naam()))}.";
        }
        return fouten;
    }
}
