using System.Security.Cryptography;
using Regio.Domain.Organisaties;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Organisaties.Uitnodigingen;

/// <summary>
/// Whoever manages an organisation's roles invites a person by e-mail address with roles, audited. One open invitation
/// per address per organisation; an expired one is replaced by the new one.
/// </summary>
public sealed class UitnodigingVersturen(OrganisatieStore store, Toegangspoort toegangspoort, TimeProvider time)
{
    public async Task<Uitkomst<Uitnodiging>> SendAsync(Actor actor, OrganisatieId id, string? upn, IReadOnlyCollection<string>? rollen, CancellationToken cancellationToken)
    {
        var besluit = AccessPolicy.Beslis(actor, Actie.RollenBeheren, id);
        var organisatie = besluit is Besluit.NietGevonden ? null : await store.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (organisatie is null || besluit is not Besluit.Toegestaan toegestaan)
        {
            return await toegangspoort.WeigerAsync<Uitnodiging>(actor, $"uitnodiging in organisatie:{id}", besluit, cancellationToken).ConfigureAwait(false);
        }
        var adres = Upn.Normaliseer(upn);
        var fouten = Controleer(organisatie, upn, adres, rollen ?? []);
        if (fouten.Count > 0)
        {
            return new Uitkomst<Uitnodiging>.Ongeldig(fouten);
        }
        if (await TenantAsync(organisatie, cancellationToken).ConfigureAwait(false) is not { } tenant)
        {
            return new Uitkomst<Uitnodiging>.Conflict($"{organisatie.Naam} heeft geen Entra-tenant op Regio, dus niemand kan zich met een uitnodiging aanmelden. Vraag de platformbeheerder.");
        }
        var open = await store.GetOpenUitnodigingAsync(id, adres!, cancellationToken).ConfigureAwait(false);
        var nu = time.GetUtcNow();
        if (open is { } o && await store.GetUitnodigingAsync(id, o.Id, cancellationToken).ConfigureAwait(false) is { } bestaand && bestaand.Uitnodiging.Staat(nu) == Uitnodigingsstaat.Open)
        {
            return new Uitkomst<Uitnodiging>.Conflict($"Er staat al een open uitnodiging voor {adres}, geldig tot {bestaand.Uitnodiging.VerlooptOp:d-M-yyyy}. Trek die eerst in.");
        }
        var uitnodiging = new Uitnodiging(NieuweCode(), id, adres!, rollen!.Select(r => Rollen.TryParse(r, out var rol) ? rol : (Rol?)null).OfType<Rol>().ToHashSet(),
            tenant, actor.AuditNaam, nu, nu + Uitnodiging.Geldigheid);
        var audit = new AuditEvent(nu, actor.AuditNaam, "Uitnodiging verstuurd", $"uitnodiging:{adres}", null,
            Json.Write(new { upn = adres, rollen = uitnodiging.Rollen.Order().Select(r => r.Naam()), verlooptOp = uitnodiging.VerlooptOp }));
        var uitkomst = await store.AddUitnodigingAsync(toegestaan.Scope, uitnodiging, open?.ETag, audit, cancellationToken).ConfigureAwait(false);
        return uitkomst.VersiesOfNull() is not null
            ? uitnodiging
            : new Uitkomst<Uitnodiging>.Conflict($"Iemand anders heeft {adres} intussen uitgenodigd. Bekijk de uitnodigingen opnieuw.");
    }

    /// <summary>128 random bits: the code cannot be guessed, and is never made twice.</summary>
    private static string NieuweCode() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>The tenant the invited person signs in with: the organisation's, or the platform's for guest accounts.</summary>
    private async Task<Guid?> TenantAsync(Organisatie organisatie, CancellationToken cancellationToken) =>
        organisatie.TenantId ?? (organisatie.GastAccounts ? (await store.GetAsync(new OrganisatieId("platform"), cancellationToken).ConfigureAwait(false))?.TenantId : null);

    private static Dictionary<string, string> Controleer(Organisatie organisatie, string? invoer, string? adres, IReadOnlyCollection<string> rollen)
    {
        var fouten = new Dictionary<string, string>();
        if (adres is null)
        {
            fouten["upn"] = string.IsNullOrWhiteSpace(invoer)
                ? "Geef het e-mailadres waarmee de persoon zich aanmeldt."
                : $"Geef één e-mailadres van de vorm naam@organisatie.nl (maximaal {Upn.MaxLengte} tekens).";
        }
        var onbekend = rollen.Where(r => !Rollen.TryParse(r, out var rol) || !organisatie.MogelijkeRollen.Contains(rol)).ToList();
        if (rollen.Count == 0)
        {
            fouten["rollen"] = "Kies minstens één rol.";
        }
        else if (onbekend.Count > 0)
        {
            fouten["rollen"] = $"Onbekende rol(len) voor een {organisatie.Soort.ToString().ToLowerInvariant()}: {string.Join(", ", onbekend)}. " +
                $"Mogelijk zijn: {string.Join(", ", organisatie.MogelijkeRollen.Select(r => r.Naam()))}.";
        }
        return fouten;
    }
}
