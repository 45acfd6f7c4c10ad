using Azure;
using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Beoordelingen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Platform.Trajecten.Beoordelingen;

/// <summary>
/// The beoordelingscommissie: people with the role beoordelaar or inkoper of the owning gemeente or, for a regional
/// traject, of a participating gemeente, each by the person key audit events use. A member who declares a conflict of
/// interest is excluded from then on.
/// </summary>
public sealed partial class BeoordelingBeheer
{
    public Task<Uitkomst<Gelezen<IReadOnlyList<Beoordelaar>>>> StelCommissieSamenAsync(
        Actor actor, TrajectId id, int perceel, IReadOnlyList<string>? beoordelaars, ETag? etag, CancellationToken ct) =>
        WijzigMetAsync<IReadOnlyList<Beoordelaar>>(actor, id, perceel, Actie.BeoordelingLeiden, "beoordelingscommissie samenstellen", async c =>
        {
            if (Versie<Gelezen<IReadOnlyList<Beoordelaar>>>(c.Gelezen.Commissie?.ETag, etag, "De beoordelingscommissie van dit perceel is al samengesteld.") is { } verouderd)
                return (null, verouderd);
            var kandidaten = await KandidatenAsync(c.Traject, ct).ConfigureAwait(false);
            var gekozen = new List<Beoordelaar>();
            foreach (var sleutel in beoordelaars ?? [])
            {
                if ((c.Dossier.Lid(sleutel ?? "") ?? kandidaten.FirstOrDefault(k => k.Sleutel == sleutel)) is not { } b)
                {
                    var wie = c.Traject.IsRegionaal ? "een deelnemende gemeente" : "de gemeente die het traject voert";
                    return (null, new Uitkomst<Gelezen<IReadOnlyList<Beoordelaar>>>.Ongeldig(new Dictionary<string, string>
                    {
                        ["beoordelaars"] = $"'{sleutel}' is geen beoordelaar of inkoper van {wie}. Kies uit de kandidaten.",
                    }));
                }
                gekozen.Add(b);
            }
            var uitkomst = Beoordelingsverloop.StelCommissieSamen(c.Dossier, gekozen);
            if (uitkomst is not BeoordelingUitkomst<IReadOnlyList<Beoordelaar>>.Toegestaan { Waarde: var commissie })
                return (null, (Uitkomst<Gelezen<IReadOnlyList<Beoordelaar>>>)(((BeoordelingUitkomst<IReadOnlyList<Beoordelaar>>.Geweigerd)uitkomst).Weigering));
            return (new Wijziging<IReadOnlyList<Beoordelaar>>(commissie, BeoordelingRijen.Rij(InschrijvingRijen.Partitie(id, perceel), commissie),
                c.Gelezen.Commissie?.ETag, etag is not null, $"Beoordelingscommissie van perceel {perceel} samengesteld",
                Json.Write(commissie.Select(b => new { b.Sleutel, b.Naam }))), null);
        }, ct);

    /// <summary>The actor declares a conflict of interest with an explanation, and is excluded from scoring and from all scores.</summary>
    public Task<Uitkomst<Gelezen<IReadOnlyList<Beoordelaar>>>> MeldVerstrengelingAsync(Actor actor, TrajectId id, int perceel, string? toelichting, CancellationToken ct) =>
        WijzigAsync<IReadOnlyList<Beoordelaar>>(actor, id, perceel, Actie.VerstrengelingMelden, "belangenverstrengeling melden", c =>
        {
            var uitkomst = Beoordelingsverloop.MeldVerstrengeling(c.Dossier, actor.AuditNaam, toelichting, time.GetUtcNow());
            if (uitkomst is not BeoordelingUitkomst<IReadOnlyList<Beoordelaar>>.Toegestaan { Waarde: var commissie })
                return (null, (Uitkomst<Gelezen<IReadOnlyList<Beoordelaar>>>)(((BeoordelingUitkomst<IReadOnlyList<Beoordelaar>>.Geweigerd)uitkomst).Weigering));
            return (new Wijziging<IReadOnlyList<Beoordelaar>>(commissie, BeoordelingRijen.Rij(InschrijvingRijen.Partitie(id, perceel), commissie),
                c.Gelezen.Commissie?.ETag, false, $"Belangenverstrengeling gemeld door een beoordelaar van perceel {perceel}; uitgesloten van de beoordeling", null), null);
        }, ct);

    /// <summary>Who may sit on the commissie: people with the role beoordelaar or inkoper of the gemeente(n) concerned.</summary>
    private async Task<IReadOnlyList<Beoordelaar>> KandidatenAsync(Traject traject, CancellationToken ct)
    {
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
