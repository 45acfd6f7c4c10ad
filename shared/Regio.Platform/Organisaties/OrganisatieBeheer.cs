using Azure;
using Regio.Domain.Organisaties;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Organisaties;

public sealed record OrganisatieMetLeden(Organisatie Organisatie, IReadOnlyList<(Lidmaatschap Lid, ETag ETag)> Leden, bool MagRollenBeheren);

/// <summary>The use cases of organisations and roles. Every decision about who may do what comes from <see cref="AccessPolicy"/>.</summary>
public sealed class OrganisatieBeheer(OrganisatieStore store, Toegangspoort toegangspoort, TimeProvider time)
{
    public async Task<Uitkomst<IReadOnlyList<Organisatie>>> LijstAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (AccessPolicy.Beslis(actor, Actie.OrganisatiesBeheren, Beheer) is Besluit.Toegestaan toegestaan)
        {
            return new Uitkomst<IReadOnlyList<Organisatie>>.Gelukt(await store.ListAsync(toegestaan.Scope, cancellationToken).ConfigureAwait(false));
        }
        return new Uitkomst<IReadOnlyList<Organisatie>>.Gelukt(actor.Organisatie is { } eigen ? [eigen] : []);
    }

    public async Task<Uitkomst<Organisatie>> RegistreerAsync(Actor actor, Registratie registratie, CancellationToken cancellationToken)
    {
        if (AccessPolicy.Beslis(actor, Actie.OrganisatiesBeheren, Beheer) is Besluit.Geweigerd geweigerd)
        {
            return await toegangspoort.WeigerAsync<Organisatie>(actor, "organisatie registreren", geweigerd, cancellationToken).ConfigureAwait(false);
        }
        var fouten = new Dictionary<string, string>(registratie.Controleer());
        if (fouten.Count == 0 && registratie.Soort == OrganisatieSoort.Regio
            && await store.GetAsync(new OrganisatieId(registratie.LeadGemeente!), cancellationToken).ConfigureAwait(false) is not { Soort: OrganisatieSoort.Gemeente })
        {
            fouten["leadGemeente"] = $"'{registratie.LeadGemeente}' is geen geregistreerde gemeente. Registreer eerst de centrumgemeente.";
        }
        if (fouten.Count > 0)
        {
            return new Uitkomst<Organisatie>.Ongeldig(fouten);
        }
        var organisatie = registratie.AlsOrganisatie();
        var audit = new AuditEvent(time.GetUtcNow(), actor.AuditNaam, "Organisatie geregistreerd", $"organisatie:{organisatie.Id}", null, Json.Write(registratie));
        return await store.RegistreerAsync(organisatie, audit, cancellationToken).ConfigureAwait(false)
            ? organisatie
            : new Uitkomst<Organisatie>.Conflict($"Er is al een organisatie met id '{organisatie.Id}'. Kies een ander id.");
    }

    public async Task<Uitkomst<OrganisatieMetLeden>> BekijkAsync(Actor actor, OrganisatieId id, CancellationToken cancellationToken)
    {
        if (AccessPolicy.Beslis(actor, Actie.LedenBekijken, id) is not Besluit.Toegestaan toegestaan
            || await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } organisatie)
        {
            return await toegangspoort.WeigerAsync<OrganisatieMetLeden>(actor, $"organisatie:{id} bekijken", new Besluit.NietGevonden(), cancellationToken).ConfigureAwait(false);
        }
        var leden = await store.ListLedenAsync(toegestaan.Scope, cancellationToken).ConfigureAwait(false);
        var magBeheren = AccessPolicy.Beslis(actor, Actie.RollenBeheren, id) is Besluit.Toegestaan;
        return new OrganisatieMetLeden(organisatie, leden.OrderBy(l => l.Lid.Naam, StringComparer.CurrentCulture).ToList(), magBeheren);
    }

    /// <summary>
    /// Gives a person exactly <paramref name="rollen"/> in organisation <paramref name="id"/>. A new person is added
    /// (<paramref name="expected"/> null); an existing one needs the ETag that was read, so no change is lost.
    /// </summary>
    public async Task<Uitkomst<(Lidmaatschap Lid, ETag ETag)>> ZetRollenAsync(
        Actor actor, OrganisatieId id, Guid tenant, Guid objectId, string? naam, IReadOnlyCollection<string> rollen, ETag? expected,
        CancellationToken cancellationToken)
    {
        var besluit = AccessPolicy.Beslis(actor, Actie.RollenBeheren, id);
        var organisatie = besluit is Besluit.NietGevonden ? null : await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (organisatie is null || besluit is not Besluit.Toegestaan toegestaan)
        {
            return await toegangspoort.WeigerAsync<(Lidmaatschap, ETag)>(actor, $"rollen in organisatie:{id}", besluit, cancellationToken).ConfigureAwait(false);
        }
        var bestaand = await store.GetLidAsync(toegestaan.Scope, tenant, objectId, cancellationToken).ConfigureAwait(false);
        var fouten = ControleerLid(organisatie, tenant, objectId, naam ?? bestaand?.Lid.Naam, rollen);
        if (fouten.Count > 0)
        {
            return new Uitkomst<(Lidmaatschap, ETag)>.Ongeldig(fouten);
        }
        if (bestaand is not null && expected is null)
        {
            return new Uitkomst<(Lidmaatschap, ETag)>.Conflict("Deze persoon heeft al rollen in uw organisatie. Lees ze eerst en stuur de ETag mee (If-Match), zodat u niemands wijziging overschrijft.");
        }
        var lid = new Lidmaatschap(tenant, objectId, id, (naam ?? bestaand!.Value.Lid.Naam).Trim(), rollen.Select(r => Rollen.TryParse(r, out var rol) ? rol : (Rol?)null).OfType<Rol>().ToHashSet());
        var audit = new AuditEvent(time.GetUtcNow(), actor.AuditNaam, "Rollen gewijzigd", $"lid:{tenant}:{objectId}",
            bestaand is { } b ? Json.Write(b.Lid.Rollen.Order().Select(r => r.Naam())) : null, Json.Write(lid.Rollen.Order().Select(r => r.Naam())));
        var (uitkomst, etag) = await store.SchrijfLidAsync(toegestaan.Scope, lid, expected, audit, cancellationToken).ConfigureAwait(false);
        return uitkomst switch
        {
            LidSchrijven.Geschreven => (lid, etag),
            LidSchrijven.AndereOrganisatie => new Uitkomst<(Lidmaatschap, ETag)>.Conflict("Deze persoon hoort al bij een andere organisatie op Regio. Een persoon werkt voor één organisatie."),
            _ => new Uitkomst<(Lidmaatschap, ETag)>.Conflict("Iemand anders heeft de rollen van deze persoon intussen gewijzigd. Lees ze opnieuw en probeer het nog eens.", Verouderd: true),
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

    private static readonly OrganisatieId Beheer = new("platform");
}
