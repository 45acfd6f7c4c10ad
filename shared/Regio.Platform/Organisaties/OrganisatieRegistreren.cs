using Regio.Domain.Organisaties;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Organisaties;

/// <summary>
/// A platform beheerder registers an organisation, audited; a regio names a centrumgemeente that is registered already.
/// An id or KvK number in use is a conflict.
/// </summary>
public sealed class OrganisatieRegistreren(OrganisatieStore store, Toegangspoort toegangspoort, TimeProvider time)
{
    public async Task<Uitkomst<Organisatie>> RegisterAsync(Actor actor, Registratie registratie, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registratie);
        if (AccessPolicy.Beslis(actor, Actie.OrganisatiesBeheren, Platform) is Besluit.Geweigerd geweigerd)
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
        return await store.RegisterAsync(organisatie, audit, cancellationToken).ConfigureAwait(false) switch
        {
            Registreren.Geregistreerd => organisatie,
            Registreren.KvkBezet bezet => new Uitkomst<Organisatie>.Conflict(Registreren.KvkMelding(organisatie.Kvk!.Value, bezet.Houder), Code: "KvkBezet"),
            _ => new Uitkomst<Organisatie>.Conflict($"Er is al een organisatie met id '{organisatie.Id}'. Kies een ander id."),
        };
    }

    /// <summary>The platform itself: the organisation the policy is asked about for registering and listing organisations.</summary>
    private static readonly OrganisatieId Platform = new("platform");
}
