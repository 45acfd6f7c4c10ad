using Regio.Domain.Trajecten;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten;

/// <summary>
/// The access gate for everything that hangs under a traject (its percelen, questions, documents, dialogues, bids,
/// gunning): one read of the traject, one decision of the access policy on today's date, a logged refusal.
/// </summary>
public sealed class TrajectPoort(TrajectStore trajecten, Toegangspoort poort, TimeProvider time)
{
    /// <summary>The traject with its version, when the policy allows <paramref name="actie"/> on it.</summary>
    public Task<Uitkomst<TrajectVersie>> OpenAsync(Actor actor, TrajectId id, Actie actie, string wat, CancellationToken ct) =>
        OpenAsync(actor, id, wat, t => AccessPolicy.Beslis(actor, actie, t.Traject, t.Peildatum), ct);

    /// <summary>
    /// The traject with its version and its perceel <paramref name="perceel"/>, when the policy allows <paramref name="actie"/>
    /// on the traject. A number the traject has no perceel for is bad input (<see cref="Trajectopslag.OnbekendPerceel"/>,
    /// naming the percelen there are), not "not found": the actor may see the traject it asked about.
    /// </summary>
    public async Task<Uitkomst<PerceelVersie>> OpenAsync(Actor actor, TrajectId id, int perceel, Actie actie, string wat, CancellationToken ct)
    {
        var toegang = await OpenAsync(actor, id, actie, wat, ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var gelezen))
            return toegang.RefusalAs<PerceelVersie>();
        return gelezen.Traject.Percelen.FirstOrDefault(p => p.Nummer == perceel) is { } gevonden
            ? new PerceelVersie(gelezen, gevonden)
            : Trajectopslag.OnbekendPerceel(gelezen.Traject, perceel).RefusalAs<PerceelVersie>();
    }

    /// <summary>The traject with its version, when <paramref name="beslis"/> (a question to the access policy) allows it.</summary>
    public Task<Uitkomst<TrajectVersie>> OpenAsync(Actor actor, TrajectId id, string wat, Func<TrajectVersie, Besluit> beslis, CancellationToken ct) =>
        poort.OpenAsync(actor, Onderwerp(id, wat), () => ReadAsync(id, ct), beslis, ct);

    /// <summary>As above, and <paramref name="toegelaten"/> adds the scope the policy allowed the action in.</summary>
    public Task<Uitkomst<TResult>> OpenAsync<TResult>(
        Actor actor, TrajectId id, string wat, Func<TrajectVersie, Besluit> beslis, Func<TrajectVersie, OrganisatieScope, TResult> toegelaten,
        CancellationToken ct) =>
        poort.OpenAsync(actor, Onderwerp(id, wat), () => ReadAsync(id, ct), beslis, toegelaten, ct);

    /// <summary>
    /// For an action whose decision needs more than the traject (the perceel, its dialogue, for whom the actor acts):
    /// <paramref name="laad"/> builds that context from the traject, or null when it does not exist (a perceel that
    /// is not there is not found, like a traject that is not there).
    /// </summary>
    public Task<Uitkomst<TContext>> OpenAsync<TContext>(
        Actor actor, TrajectId id, string wat, Func<TrajectVersie, Task<TContext?>> laad, Func<TContext, Besluit> beslis, CancellationToken ct)
        where TContext : class =>
        OpenAsync(actor, id, wat, laad, beslis, (context, _) => context, ct);

    /// <summary>As above, and <paramref name="toegelaten"/> adds the scope the policy allowed the action in.</summary>
    public Task<Uitkomst<TResult>> OpenAsync<TContext, TResult>(
        Actor actor, TrajectId id, string wat, Func<TrajectVersie, Task<TContext?>> laad, Func<TContext, Besluit> beslis,
        Func<TContext, OrganisatieScope, TResult> toegelaten, CancellationToken ct)
        where TContext : class =>
        poort.OpenAsync(
            actor, Onderwerp(id, wat),
            async () => await ReadAsync(id, ct).ConfigureAwait(false) is { } traject ? await laad(traject).ConfigureAwait(false) : null,
            beslis, toegelaten, ct);

    /// <summary>Logs and answers a refusal that a use case decided with the policy after the gate let it in.</summary>
    public Task<Uitkomst<T>> WeigerAsync<T>(Actor actor, TrajectId id, string wat, Besluit besluit, CancellationToken ct) =>
        poort.WeigerAsync<T>(actor, Onderwerp(id, wat), besluit, ct);

    private async Task<TrajectVersie?> ReadAsync(TrajectId id, CancellationToken ct) =>
        await trajecten.GetAsync(id, ct).ConfigureAwait(false) is { } gelezen
            ? new TrajectVersie(gelezen.Traject, gelezen.Versie, time.Vandaag())
            : null;

    private static string Onderwerp(TrajectId id, string wat) => $"traject:{id} {wat}";
}
