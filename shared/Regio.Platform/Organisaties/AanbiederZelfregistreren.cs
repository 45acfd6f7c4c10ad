using Regio.Domain.Organisaties;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Organisaties;

/// <summary>
/// A person of a care provider registers it: the aanbieder exists at once, unconfirmed, with them as its first
/// tekenbevoegde. Someone from their own Entra tenant brings that tenant (so colleagues get in); a guest of the platform's
/// tenant makes an aanbieder with guest accounts. The KvK row makes a second registration of the number fail in storage.
/// </summary>
public sealed class AanbiederZelfregistreren(OrganisatieStore store, Toegangspoort toegangspoort, TimeProvider time)
{
    /// <summary>Ids tried with a suffix (-2, -3, ...) when the name's id is taken, before giving up.</summary>
    private const int Idpogingen = 20;

    public async Task<Uitkomst<Organisatie>> RegisterAsync(Actor actor, Zelfregistratie registratie, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(registratie);
        if (actor.Organisatie is { } eigen)
        {
            return new Uitkomst<Organisatie>.Conflict($"U hoort al bij {eigen.Naam}. Een persoon werkt voor één organisatie op Regio; u kunt geen nieuwe aanbieder registreren.");
        }
        var fouten = registratie.Controleer();
        if (fouten.Count > 0)
        {
            return new Uitkomst<Organisatie>.Ongeldig(fouten);
        }
        var platform = await store.GetAsync(PlatformId, cancellationToken).ConfigureAwait(false);
        Guid? tenant = actor.TenantId == platform?.TenantId ? null : actor.TenantId;
        for (var volgnummer = 1; volgnummer <= Idpogingen; volgnummer++)
        {
            var organisatie = registratie.AlsOrganisatie(registratie.Id(volgnummer), tenant);
            var besluit = AccessPolicy.Beslis(actor, Actie.AanbiederRegistreren, organisatie.Id);
            if (besluit is not Besluit.Toegestaan toegestaan)
            {
                return await toegangspoort.WeigerAsync<Organisatie>(actor, "aanbieder registreren", besluit, cancellationToken).ConfigureAwait(false);
            }
            var audit = new AuditEvent(time.GetUtcNow(), actor.AuditNaam, "Aanbieder zelf geregistreerd", $"organisatie:{organisatie.Id}", null, Json.Write(registratie));
            switch (await store.RegisterAsync(organisatie, audit, cancellationToken).ConfigureAwait(false))
            {
                case Registreren.KvkBezet bezet:
                    return new Uitkomst<Organisatie>.Conflict(Registreren.KvkMelding(organisatie.Kvk!.Value, bezet.Houder), Code: "KvkBezet");
                case Registreren.Geregistreerd:
                    return await AddEersteLidAsync(actor, organisatie, toegestaan.Scope, cancellationToken).ConfigureAwait(false);
            }
        }
        return new Uitkomst<Organisatie>.Conflict("Er zijn al veel organisaties met deze naam. Voeg iets toe aan de naam, bijvoorbeeld de plaats.");
    }

    private async Task<Uitkomst<Organisatie>> AddEersteLidAsync(Actor actor, Organisatie organisatie, OrganisatieScope scope, CancellationToken cancellationToken)
    {
        var lid = new Lidmaatschap(actor.TenantId, actor.ObjectId, organisatie.Id, actor.Naam, new HashSet<Rol> { Rol.Medewerker, Rol.Tekenbevoegde });
        var audit = new AuditEvent(time.GetUtcNow(), actor.AuditNaam, "Rollen gewijzigd", $"lid:{actor.TenantId}:{actor.ObjectId}", null,
            Json.Write(lid.Rollen.Order().Select(r => r.Naam())));
        var (uitkomst, _) = await store.SaveLidAsync(scope, lid, null, audit, cancellationToken).ConfigureAwait(false);
        // The person joined another organisation meanwhile (a second registration at the same moment): this one stays
        // unconfirmed without people, for the beheerder to refuse.
        return uitkomst == LidSchrijven.Geschreven
            ? organisatie
            : new Uitkomst<Organisatie>.Conflict("U bent intussen lid geworden van een andere organisatie op Regio. Een persoon werkt voor één organisatie.");
    }

    private static readonly OrganisatieId PlatformId = new("platform");
}
