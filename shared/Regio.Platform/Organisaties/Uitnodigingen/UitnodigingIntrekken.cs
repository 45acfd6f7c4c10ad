using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Organisaties.Uitnodigingen;

/// <summary>Whoever may invite into an organisation revokes an open invitation of it, audited; it never binds after that.</summary>
public sealed class UitnodigingIntrekken(OrganisatieStore store, Toegangspoort toegangspoort, TimeProvider time)
{
    public async Task<Uitkomst<Uitnodiging>> RevokeAsync(Actor actor, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Besluit besluit = new Besluit.NietGevonden();
        (Uitnodiging Uitnodiging, Azure.ETag ETag)? gelezen = null;
        if (IsCode(id) && await store.FindUitnodigingAsync(id, cancellationToken).ConfigureAwait(false) is { } organisatie)
        {
            besluit = AccessPolicy.Beslis(actor, Actie.RollenBeheren, organisatie);
            gelezen = besluit is Besluit.Toegestaan ? await store.GetUitnodigingAsync(organisatie, id, cancellationToken).ConfigureAwait(false) : null;
        }
        if (gelezen is not { } g || besluit is not Besluit.Toegestaan toegestaan)
        {
            return await toegangspoort.WeigerAsync<Uitnodiging>(actor, "uitnodiging intrekken", besluit is Besluit.Geweigerd ? besluit : new Besluit.NietGevonden(), cancellationToken)
                .ConfigureAwait(false);
        }
        var nu = time.GetUtcNow();
        var staat = g.Uitnodiging.Staat(nu);
        if (staat != Uitnodigingsstaat.Open)
        {
            return new Uitkomst<Uitnodiging>.Conflict(staat switch
            {
                Uitnodigingsstaat.Gebruikt => $"Deze uitnodiging is al gebruikt: {g.Uitnodiging.Upn} is lid. Wijzig zo nodig de rollen van deze persoon.",
                Uitnodigingsstaat.Ingetrokken => "Deze uitnodiging is al ingetrokken.",
                _ => "Deze uitnodiging is al verlopen; ze kan niet meer gebruikt worden.",
            });
        }
        var ingetrokken = g.Uitnodiging with { Ingetrokken = new Intrekking(actor.AuditNaam, nu) };
        var audit = new AuditEvent(nu, actor.AuditNaam, "Uitnodiging ingetrokken", $"uitnodiging:{g.Uitnodiging.Upn}", "open", "ingetrokken");
        var adres = await store.GetOpenUitnodigingAsync(g.Uitnodiging.Organisatie, g.Uitnodiging.Upn, cancellationToken).ConfigureAwait(false);
        var uitkomst = adres is { } a && a.Id == id
            ? await store.CloseUitnodigingAsync(toegestaan.Scope, ingetrokken, g.ETag, a.ETag, audit, cancellationToken).ConfigureAwait(false)
            : null;
        return uitkomst?.VersiesOfNull() is not null
            ? ingetrokken
            : new Uitkomst<Uitnodiging>.Conflict("Deze uitnodiging is intussen gebruikt of ingetrokken. Bekijk de uitnodigingen opnieuw.");
    }

    /// <summary>A code as <see cref="UitnodigingVersturen"/> makes them; anything else is not looked up.</summary>
    private static bool IsCode(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);
}
