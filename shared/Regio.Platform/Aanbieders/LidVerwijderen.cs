using Regio.Domain.Aanbieders;
using Regio.Domain.Organisaties;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Aanbieders;

/// <summary>The penvoerder takes a member or an invited aanbieder out of the combinatie (not itself); a confirmed member's registration goes with it.</summary>
public sealed class LidVerwijderen(Combinatiewijziging wijziging)
{
    /// <param name="gelezen">The version of the combinatie as read; null applies the change to the combinatie as it is.</param>
    public Task<Uitkomst<Combinatiebeeld>> RemoveAsync(Actor actor, string id, string organisatie, Versie? gelezen, CancellationToken ct) =>
        wijziging.ApplyAsync(actor, id, Actie.CombinatieBeheren, "lid verwijderen", gelezen, s =>
        {
            var lid = OrganisatieId.IsValid(organisatie) ? s.Combinatie.LidVan(new(organisatie)) : null;
            return Aanmeldregels.VerwijderLid(s.Combinatie, s.Eigen, lid?.Organisatie ?? new("-")) switch
            {
                AanmeldUitkomst<Combinatie>.Toegestaan t => new Combinatiestap(t.Waarde, null, lid!.Status == Lidstatus.Bevestigd ? lid.Organisatie : null,
                    $"{lid.Naam} uit combinatie '{t.Waarde.Naam}' gehaald"),
                AanmeldUitkomst<Combinatie>.Geweigerd g => g.Weigering,
                _ => throw new InvalidOperationException(),
            };
        }, ct);
}
