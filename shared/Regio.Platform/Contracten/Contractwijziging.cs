using Regio.Domain.Contracten;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Contracten;

/// <summary>
/// What every change to a contract shares: read it through <see cref="ContractPoort"/> for managing, check it is still
/// the version the client read, let the domain rule decide, and replace it with its audit event in the traject owner's
/// chain, so the traject's history shows it. Someone else's change in between is answered with <see cref="Tegelijk"/>.
/// </summary>
public sealed class Contractwijziging(ContractPoort poort, ContractStore store, TimeProvider time)
{
    public const string Tegelijk = "Iemand anders heeft dit contract intussen gewijzigd. Lees het opnieuw en probeer het nog eens.";

    /// <param name="gelezen">The version the client read; a token that is not a contract's is stale.</param>
    /// <param name="wat">What the access log names after the contract, e.g. <c>startdatum verplaatsen</c>.</param>
    /// <param name="regel">The domain rule that decides the change.</param>
    /// <param name="actie">The audit event's sentence, from the contract before and after.</param>
    public async Task<Uitkomst<Contractversie>> SaveAsync(Actor actor, string id, Versie gelezen, string wat,
        Func<Contract, ContractUitkomst> regel, Func<Contract, Contract, string> actie, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(regel);
        ArgumentNullException.ThrowIfNull(actie);
        var gelezenUitkomst = await poort.OpenAsync(actor, id, Actie.ContractBeheren, wat, ct).ConfigureAwait(false);
        if (gelezenUitkomst is not Uitkomst<Contractversie>.Gelukt { Waarde: var versie })
            return gelezenUitkomst;
        if (versie.Versie != gelezen || gelezen.EnkeleETag is not { } verwacht)
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
        return await store.ReplaceAsync(versie, nieuw, verwacht, audit, ct).ConfigureAwait(false) is { } etag
            ? versie with { Contract = nieuw, Versie = Versie.Enkel(etag) }
            : new Uitkomst<Contractversie>.Conflict(Tegelijk, Verouderd: true);
    }
}
