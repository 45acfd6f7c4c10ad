using Regio.Domain.Organisaties;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Platform.Regios;
using Regio.Platform.Toegang;

namespace Regio.Platform.Contracten;

/// <summary>The contracts the actor may see (<see cref="AccessPolicy.BeslisContract"/>), by start.</summary>
public sealed class ContractenBekijken(ContractStore store, Werkgebied werkgebied)
{
    /// <summary>
    /// One range query per owner partition the actor could find a contract in: a gemeente's own and those of its regio's,
    /// a coordinator's regio alone, every owner's of every regio for an aanbieder. Bounded by the number of owners, not the data.
    /// </summary>
    public async Task<IReadOnlyList<Contractversie>> ListAsync(Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Organisatie is not { } organisatie || actor.Rollen.Count == 0)
        {
            return [];
        }
        var gebied = await werkgebied.ListAsync(actor, ct).ConfigureAwait(false);
        IEnumerable<Eigenaar> eigenaren = organisatie.Soort switch
        {
            OrganisatieSoort.Gemeente when gebied.Count > 0 =>
                [.. gebied.Select(r => (Eigenaar)new Eigenaar.DeRegio(r.Id)), new Eigenaar.EenGemeente(new GemeenteId(organisatie.Id.Value))],
            OrganisatieSoort.Regio => gebied.Select(r => (Eigenaar)new Eigenaar.DeRegio(r.Id)),
            OrganisatieSoort.Aanbieder => Werkgebied.Eigenaren(gebied),
            _ => [],
        };
        var perEigenaar = await Task.WhenAll(eigenaren.Select(e => store.ListAsync(e, ct))).ConfigureAwait(false);
        return perEigenaar.SelectMany(v => v)
            .Where(v => AccessPolicy.BeslisContract(actor, Actie.ContractBekijken, v.Eigenaar, v.Deelnemers, v.Contract) is Besluit.Toegestaan)
            .OrderBy(v => v.Contract.Startdatum).ThenBy(v => v.Contract.Id, StringComparer.Ordinal)
            .ToList();
    }
}
