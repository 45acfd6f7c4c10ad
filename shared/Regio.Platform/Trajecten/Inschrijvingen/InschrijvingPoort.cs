using Regio.Domain.Aanbieders;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Aanbieders;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Beoordelingen;

namespace Regio.Platform.Trajecten.Inschrijvingen;

/// <summary>What a use case of the inschrijvingen knows once the gate let it in.</summary>
/// <param name="Als">For whom the actor acts on this perceel (itself or its combinatie); null for the owner's people.</param>
/// <param name="Lid">The actor as a member of the perceel's commissie, asked only to read an opened moment.</param>
/// <param name="Besluit">The first of the asked actions the policy allowed.</param>
public sealed record Inschrijvingscontext(Traject Traject, Perceel Perceel, Inschrijver? Als, Domain.Trajecten.Beoordelingen.Beoordelaar? Lid, DateOnly Vandaag, Actie Besluit);

/// <summary>
/// The access gate of every use case of the sealed submissions, on <see cref="TrajectPoort"/>: it reads the traject, the
/// perceel and for whom the actor acts, lets the actor in when <see cref="AccessPolicy.BeslisInschrijving"/> allows one of
/// the asked actions, and logs a refusal. A perceel that is not there is not found.
/// </summary>
public sealed class InschrijvingPoort(TrajectPoort poort, Inschrijvers inschrijvers, BeoordelingStore beoordelingen)
{
    /// <summary>The context, if the policy allows <paramref name="actie"/>; else the (logged) refusal.</summary>
    public Task<Uitkomst<Inschrijvingscontext>> OpenAsync(
        Actor actor, TrajectId id, int perceel, Actie actie, string wat, CancellationToken ct, Indienmoment? moment = null) =>
        OpenAsync(actor, id, perceel, [actie], wat, ct, moment);

    /// <summary>As above for the first of <paramref name="acties"/> the policy allows; a refusal is the last one's.</summary>
    public Task<Uitkomst<Inschrijvingscontext>> OpenAsync(
        Actor actor, TrajectId id, int perceel, Actie[] acties, string wat, CancellationToken ct, Indienmoment? moment = null)
    {
        ArgumentNullException.ThrowIfNull(acties);
        Besluit Beslis(Inschrijvingscontext c, Actie actie) =>
            AccessPolicy.BeslisInschrijving(actor, actie, c.Traject, c.Vandaag, c.Als?.Sleutel, moment, c.Lid);
        return poort.OpenAsync(
            actor, id, wat,
            async t => t.Traject.Percelen.FirstOrDefault(x => x.Nummer == perceel) is { } p
                ? new Inschrijvingscontext(t.Traject, p, await inschrijvers.GetAsync(actor, id, perceel, ct).ConfigureAwait(false),
                    acties.Contains(Actie.InschrijvingenLezen) && moment is { IsGeopend: true }
                        ? AccessPolicy.Commissielid(actor, await beoordelingen.GetCommissieAsync(id, perceel, ct).ConfigureAwait(false))
                        : null,
                    t.Peildatum, acties[0])
                : null,
            c => acties.Select(a => Beslis(c, a)).FirstOrDefault(b => b is Besluit.Toegestaan) ?? Beslis(c, acties[^1]),
            (c, _) => c with { Besluit = acties.First(a => Beslis(c, a) is Besluit.Toegestaan) },
            ct);
    }
}
