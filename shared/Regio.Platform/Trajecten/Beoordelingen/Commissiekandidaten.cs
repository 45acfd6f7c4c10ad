using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Beoordelingen;
using Regio.Platform.Organisaties;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Beoordelingen;

/// <summary>
/// Who may sit on the beoordelingscommissie: people with the role beoordelaar or inkoper of the owning gemeente or, for a
/// regional traject, of a participating gemeente, each by the person key audit events use.
/// </summary>
public sealed class Commissiekandidaten(OrganisatieStore organisaties)
{
    public async Task<IReadOnlyList<Beoordelaar>> ListAsync(Traject traject, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(traject);
        var gemeenten = traject.Eigenaar is Eigenaar.EenGemeente eigen ? [eigen.Gemeente] : traject.Deelnemers;
        var kandidaten = new List<Beoordelaar>();
        foreach (var gemeente in gemeenten)
        {
            var id = new OrganisatieId(gemeente.Value);
            var naam = (await organisaties.GetAsync(id, ct).ConfigureAwait(false))?.Naam ?? gemeente.Value;
            foreach (var (lid, _) in await organisaties.ListLedenAsync(OrganisatieScope.Systeem(id), ct).ConfigureAwait(false))
            {
                if (lid.Rollen.Contains(Rol.Beoordelaar) || lid.Rollen.Contains(Rol.Inkoper))
                    kandidaten.Add(new Beoordelaar(Sleutel(lid), traject.IsRegionaal ? $"{lid.Naam} ({naam})" : lid.Naam));
            }
        }
        return kandidaten.OrderBy(k => k.Naam, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    /// <summary>The person key of a member: what <see cref="Actor.AuditNaam"/> is for them once they sign in.</summary>
    private static string Sleutel(Lidmaatschap lid) => $"{lid.Organisatie.Value}:{lid.TenantId}:{lid.ObjectId}";
}
