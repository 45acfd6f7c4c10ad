using Regio.Domain.Aanbieders;
using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;

namespace Regio.Platform.Aanbieders;

/// <summary>A combinatie opened for an action: as read, its traject, and the member organisation the actor acts for.</summary>
public sealed record Combinatiecontext(CombinatieVersie Versie, Traject Traject, OrganisatieId Eigen);

/// <summary>
/// The gate of every use case on a combinatie after it was started, on <see cref="Toegangspoort"/>: the combinatie and
/// its traject, once <see cref="AccessPolicy.BeslisAanmelding"/> allows the action. Only members (invited ones included)
/// learn that a combinatie exists.
/// </summary>
public sealed class Combinatiepoort(AanmeldingStore store, TrajectStore trajecten, Toegangspoort toegangspoort, TimeProvider time)
{
    public Task<Uitkomst<Combinatiecontext>> OpenAsync(Actor actor, string id, Actie actie, string wat, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return toegangspoort.OpenAsync(
            actor, $"combinatie:{id} {wat}",
            async () => CombinatieId.IsValid(id)
                && await store.GetCombinatieAsync(new CombinatieId(id), ct).ConfigureAwait(false) is { } versie
                && await trajecten.GetAsync(versie.Combinatie.Traject, ct).ConfigureAwait(false) is { } gelezen
                    ? new Gelezen(versie, gelezen.Traject)
                    : null,
            stand => AccessPolicy.BeslisAanmelding(actor, actie, stand.Traject, time.Vandaag(), stand.Versie.Combinatie),
            (stand, scope) => new Combinatiecontext(stand.Versie, stand.Traject, scope.Organisatie),
            ct);
    }

    private sealed record Gelezen(CombinatieVersie Versie, Traject Traject);
}
