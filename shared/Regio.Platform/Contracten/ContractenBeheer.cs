using Azure;
using Regio.Domain.Contracten;
using Regio.Domain.Organisaties;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Platform.Audit;
using Regio.Platform.Regios;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;

namespace Regio.Platform.Contracten;

/// <summary>
/// Contracts made by definitive awards: list what the actor may see, read one, move its start with a reason (each move
/// kept), set the taakgericht amount per year. Who may do what: <see cref="AccessPolicy.BeslisContract"/>. A change is
/// written with its audit event in the traject owner's chain, so the traject's history shows it.
/// </summary>
public sealed class ContractenBeheer(ContractStore store, TrajectStore trajecten, RegioStore regios, RegioId regio, Toegangspoort toegangspoort, TimeProvider time)
{
    private const string Tegelijk = "Iemand anders heeft dit contract intussen gewijzigd. Lees het opnieuw en probeer het nog eens.";

    /// <summary>
    /// One range query per owner partition the actor could find a contract in: a gemeente's own and the regio's, the
    /// regio's alone for its coordinator, every owner's for an aanbieder. Bounded by the number of gemeenten, not the data.
    /// </summary>
    public async Task<IReadOnlyList<Contractversie>> LijstAsync(Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Organisatie is not { } organisatie || actor.Rollen.Count == 0 || await regios.GetAsync(regio, ct).ConfigureAwait(false) is not { } r)
            return [];
        IEnumerable<Eigenaar> eigenaren = organisatie.Soort switch
        {
            OrganisatieSoort.Gemeente when r.HeeftGemeente(new GemeenteId(organisatie.Id.Value)) =>
                [new Eigenaar.DeRegio(r.Id), new Eigenaar.EenGemeente(new GemeenteId(organisatie.Id.Value))],
            OrganisatieSoort.Regio when organisatie.Id.Value == r.Id.Value => [new Eigenaar.DeRegio(r.Id)],
            OrganisatieSoort.Aanbieder => r.Gemeenten.Select(g => (Eigenaar)new Eigenaar.EenGemeente(g.Id)).Prepend(new Eigenaar.DeRegio(r.Id)),
            _ => [],
        };
        var perEigenaar = await Task.WhenAll(eigenaren.Select(e => store.LijstAsync(e, ct))).ConfigureAwait(false);
        return perEigenaar.SelectMany(v => v)
            .Where(v => AccessPolicy.BeslisContract(actor, Actie.ContractBekijken, v.Eigenaar, v.Deelnemers, v.Contract) is Besluit.Toegestaan)
            .OrderBy(v => v.Contract.Startdatum).ThenBy(v => v.Contract.Id, StringComparer.Ordinal)
            .ToList();
    }

    public Task<Uitkomst<Contractversie>> BekijkAsync(Actor actor, string id, CancellationToken ct) =>
        LeesAsync(actor, id, Actie.ContractBekijken, "contract bekijken", ct);

    public Task<Uitkomst<Contractversie>> VerplaatsStartAsync(Actor actor, string id, DateOnly? naar, string? reden, ETag gelezen, CancellationToken ct) =>
        WijzigAsync(actor, id, gelezen, "startdatum verplaatsen",
            c => Contractregels.VerplaatsStart(c, naar, reden, actor.Naam, time.GetUtcNow()),
            (oud, nieuw) => $"Startdatum van het contract met {nieuw.Opdrachtnemer.Naam} (perceel {nieuw.Perceel}) verplaatst van {Dagtekst.Kort(oud.Startdatum)} naar {Dagtekst.Kort(nieuw.Startdatum)}", ct);

    public Task<Uitkomst<Contractversie>> StelBedragVastAsync(Actor actor, string id, long? bedrag, ETag gelezen, CancellationToken ct) =>
        WijzigAsync(actor, id, gelezen, "bedrag per jaar vastleggen",
            c => Contractregels.StelBedragVast(c, bedrag),
            (_, nieuw) => $"Vast bedrag per jaar van het contract met {nieuw.Opdrachtnemer.Naam} (perceel {nieuw.Perceel}) vastgelegd", ct);

    private async Task<Uitkomst<Contractversie>> WijzigAsync(Actor actor, string id, ETag gelezen, string wat,
        Func<Contract, ContractUitkomst> regel, Func<Contract, Contract, string> actie, CancellationToken ct)
    {
        var gelezenUitkomst = await LeesAsync(actor, id, Actie.ContractBeheren, wat, ct).ConfigureAwait(false);
        if (gelezenUitkomst is not Uitkomst<Contractversie>.Gelukt { Waarde: var versie })
            return gelezenUitkomst;
        if (versie.ETag != gelezen)
            return new Uitkomst<Contractversie>.Conflict(Tegelijk, Verouderd: true);
        var uitkomst = regel(versie.Contract);
        if (uitkomst is ContractUitkomst.Geweigerd g)
        {
            return g.Weigering.Veld is { } veld
                ? new Uitkomst<Contractversie>.Ongeldig(new Dictionary<string, string> { [veld] = g.Weigering.Melding })
                : new Uitkomst<Contractversie>.Conflict(g.Weigering.Melding, Code: g.Weigering.Code);
        }
        var nieuw = ((ContractUitkomst.Toegestaan)uitkomst).Contract;
        var audit = new AuditEvent(time.GetUtcNow(), actor.AuditNaam, actie(versie.Contract, nieuw), $"traject:{nieuw.Traject}",
            Json.Write(new { contract = nieuw.Id, versie.Contract.Startdatum, versie.Contract.BedragPerJaar }),
            Json.Write(new { contract = nieuw.Id, nieuw.Startdatum, nieuw.BedragPerJaar, reden = nieuw.Verschuivingen.Count > versie.Contract.Verschuivingen.Count ? nieuw.Verschuivingen[^1].Reden : null }));
        return await store.VervangAsync(versie, nieuw, gelezen, audit, ct).ConfigureAwait(false) is { } etag
            ? versie with { Contract = nieuw, ETag = etag }
            : new Uitkomst<Contractversie>.Conflict(Tegelijk, Verouderd: true);
    }

    /// <summary>The contract if the policy allows <paramref name="actie"/>; an id that is none, or that the actor may not know, is NietGevonden.</summary>
    private async Task<Uitkomst<Contractversie>> LeesAsync(Actor actor, string id, Actie actie, string wat, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var delen = Contract.LeesId(id);
        var traject = delen is { } d ? await trajecten.GetAsync(d.Traject, ct).ConfigureAwait(false) : null;
        var versie = traject is { } t ? await store.GetAsync(t.Traject.Eigenaar, delen!.Value.Traject, delen.Value.Perceel, delen.Value.Inschrijver, ct).ConfigureAwait(false) : null;
        var besluit = versie is null ? new Besluit.NietGevonden() : AccessPolicy.BeslisContract(actor, actie, versie.Eigenaar, versie.Deelnemers, versie.Contract);
        if (besluit is Besluit.Toegestaan)
            return versie!;
        return await toegangspoort.WeigerAsync<Contractversie>(actor, $"contract:{id} {wat}", besluit, ct).ConfigureAwait(false);
    }
}
