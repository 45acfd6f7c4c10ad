using Regio.Domain.Aanbieders;
using Regio.Domain.Trajecten;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;

namespace Regio.Platform.Aanbieders;

/// <summary>
/// The registrations of a perceel as one person may see them: an aanbieder its own registration and the combinaties it is
/// in or invited to, the owner's people all of them.
/// </summary>
public sealed class AanmeldingenBekijken(TrajectStore trajecten, AanmeldingStore store, Toegangspoort toegangspoort, TimeProvider time)
{
    public async Task<Uitkomst<Perceelbeeld>> GetAsync(Actor actor, TrajectId id, int nummer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var vandaag = time.Vandaag();
        var traject = (await trajecten.GetAsync(id, ct).ConfigureAwait(false))?.Traject;
        var perceel = traject?.Percelen.FirstOrDefault(p => p.Nummer == nummer);
        var alsAanbieder = traject is null ? null : AccessPolicy.BeslisAanmelding(actor, Actie.Aanmelden, traject, vandaag) as Besluit.Toegestaan;
        var besluit = alsAanbieder ?? (traject is null ? new Besluit.NietGevonden() : AccessPolicy.BeslisAanmelding(actor, Actie.AanmeldingenInzien, traject, vandaag));
        if (perceel is null || besluit is not Besluit.Toegestaan)
        {
            return await toegangspoort.WeigerAsync<Perceelbeeld>(actor, $"traject:{id} perceel {nummer} aanmeldingen bekijken", perceel is null ? new Besluit.NietGevonden() : besluit, ct).ConfigureAwait(false);
        }
        var gelezen = await store.ListAsync(id, nummer, ct).ConfigureAwait(false);
        var dicht = Aanmeldregels.Open(perceel, vandaag);
        if (alsAanbieder is { } a)
        {
            var eigen = a.Scope.Organisatie;
            return new Perceelbeeld(traject!, perceel, dicht, eigen, gelezen.Aanmeldingen.FirstOrDefault(m => m.Aanbieder == eigen),
                gelezen.Combinaties.Select(c => c.Combinatie).Where(c => c.IsBetrokken(eigen)).ToList(), false, [], []);
        }
        return new Perceelbeeld(traject!, perceel, dicht, null, null, [], true,
            gelezen.Aanmeldingen.Where(m => m.IsAlleen).ToList(), gelezen.Combinaties.Select(c => c.Combinatie).ToList());
    }
}
