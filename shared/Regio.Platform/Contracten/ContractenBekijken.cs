using Regio.Domain.Organisaties;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Platform.Regios;
using Regio.Platform.Toegang;

namespace Regio.Platform.Contracten;

/// <summary>The contracts the actor may see (<see cref="AccessPolicy.BeslisContract"/>), by start.</summary>
public sealed class ContractenBekijken(ContractStore store, RegioStore regios, PlatformRegio regio)
{
    /// <summary>
    /// One range query per owner partition the actor could find a contract in: a gemeente's own and the regio's, the
    /// regio's alone for its coordinator, every owner's for an aanbieder. Bounded by the number of gemeenten, not the data.
    /// </summary>
    public async Task<IReadOnlyList<Contractversie>> ListAsync(Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(regio);
        if (actor.Organisatie is not { } organisatie || actor.Rollen.Count == 0 || await regios.GetAsync(regio.Id, ct).ConfigureAwait(false) is not { } r)
            return [];
        IEnumerable<Eigenaar> eigenaren = organisatie.Soort switch
        {
            OrganisatieSoort.Gemeente when r.HeeftGemeente(new GemeenteId(organisatie.Id.Value)) =>
                [new Eigenaar.DeRegio(r.Id), new Eigenaar.EenGemeente(new GemeenteId(organisatie.Id.Value))],
            OrganisatieSoort.Regio when organisatie.Id.Value == r.Id.Value => [new Eigenaar.DeRegio(r.Id)],
            OrganisatieSoort.Aanbieder => r.Gemeenten.Select(g => (Eigenaar)new Eigenaar.EenGemeente(g.Id)).Prepend(new Eigenaar.DeRegio(r.Id)),
            _ => [],
        };
        var perEigenaar = await Task.WhenAll(eigenaren.Select(e => store.ListAsync(e, ct))).ConfigureAwait(false);
        return perEigenaar.SelectMany(v => v)
            .Where(v => AccessPolicy.BeslisContract(actor, Actie.ContractBekijken, v.Eigenaar, v.Deelnemers, v.Contract) is Besluit.Toegestaan)
            .OrderBy(v => v.Contract.Startdatum).ThenBy(v => v.Contract.Id, StringComparer.Ordinal)
            .ToList();
    }
}
