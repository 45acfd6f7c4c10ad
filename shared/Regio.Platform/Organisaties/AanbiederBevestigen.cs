using Regio.Domain.Organisaties;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Organisaties;

/// <summary>
/// A platform beheerder confirms a self-registered aanbieder, or refuses it with a reason the aanbieder is shown, audited.
/// An unconfirmed aanbieder can be confirmed or refused, a refused one can still be confirmed; a confirmed one stays so.
/// The decision is written over the version of the row that was read, so two beheerders deciding at once cannot both win.
/// </summary>
public sealed class AanbiederBevestigen(OrganisatieStore store, Toegangspoort toegangspoort, TimeProvider time)
{
    public const int MaxRedenLengte = 1000;

    public async Task<Uitkomst<Organisatie>> DecideAsync(Actor actor, OrganisatieId id, bool bevestigd, string? reden, CancellationToken cancellationToken)
    {
        var besluit = AccessPolicy.Beslis(actor, Actie.AanbiederBevestigen, id);
        if (besluit is not Besluit.Toegestaan)
        {
            return await toegangspoort.WeigerAsync<Organisatie>(actor, $"organisatie:{id} bevestigen", besluit, cancellationToken).ConfigureAwait(false);
        }
        if (await store.GetMetVersieAsync(id, cancellationToken).ConfigureAwait(false) is not ({ Soort: OrganisatieSoort.Aanbieder } organisatie, var etag))
        {
            return new Uitkomst<Organisatie>.NietGevonden();
        }
        if (!bevestigd && (string.IsNullOrWhiteSpace(reden) || reden.Trim().Length > MaxRedenLengte))
        {
            return new Uitkomst<Organisatie>.Ongeldig(new Dictionary<string, string> { ["reden"] = $"Geef de reden van de weigering (maximaal {MaxRedenLengte} tekens); de aanbieder krijgt haar te zien." });
        }
        if (organisatie.IsBevestigd || (!bevestigd && organisatie.Status == OrganisatieStatus.Geweigerd))
        {
            return new Uitkomst<Organisatie>.Conflict($"{organisatie.Naam} is al {(organisatie.IsBevestigd ? "bevestigd" : "geweigerd")}.", Code: "AlBesloten");
        }
        var nieuw = organisatie with
        {
            Status = bevestigd ? OrganisatieStatus.Bevestigd : OrganisatieStatus.Geweigerd,
            Weigerreden = bevestigd ? null : reden!.Trim(),
        };
        var audit = new AuditEvent(time.GetUtcNow(), actor.AuditNaam, bevestigd ? "Aanbieder bevestigd" : "Aanbieder geweigerd", $"organisatie:{id}",
            organisatie.Status.ToString(), Json.Write(new { Status = nieuw.Status.ToString(), nieuw.Weigerreden }));
        return await store.SaveStatusAsync(nieuw, etag, audit, cancellationToken).ConfigureAwait(false)
            ? nieuw
            : new Uitkomst<Organisatie>.Conflict("Een andere beheerder heeft intussen over deze aanbieder besloten. Lees haar opnieuw.", Verouderd: true);
    }
}
