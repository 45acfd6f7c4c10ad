using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Dialogen;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Dialogen;

/// <summary>
/// A change to the dialogue row shared by the participant, round and document use cases: open it for the owner's
/// inkoper, apply a rule of <see cref="Dialoogregels"/> and write the result with the ETag read and its audit event;
/// read again when someone else was first, up to <see cref="Attempts"/> times.
/// </summary>
public sealed class Dialoogwijziging(DialoogPoort poort, DialoogStore store, TimeProvider time)
{
    public const int Attempts = 5;

    public const string Tegelijk = "Tegelijk met u is de dialoog gewijzigd. Er is niets opgeslagen; bekijk de dialoog opnieuw en probeer het nog eens.";

    /// <param name="actie">What the audit event says happened, from the dialogue before and after.</param>
    public async Task<Uitkomst<Stand<Dialoog>>> ApplyAsync(Actor actor, TrajectId id, int perceel, string wat,
        Func<Dialoog, DialoogUitkomst<Dialoog>> regel, Func<Dialoog, Dialoog, string> actie, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(regel);
        ArgumentNullException.ThrowIfNull(actie);
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var toegang = await poort.OpenAsync(actor, id, perceel, Actie.DialoogBeheren, wat, ct).ConfigureAwait(false);
            if (!toegang.TryGet(out var c))
                return toegang.RefusalAs<Stand<Dialoog>>();
            var uitkomst = regel(c.Dialoog.Waarde);
            if (uitkomst is not DialoogUitkomst<Dialoog>.Toegestaan { Waarde: var nieuw })
                return ((DialoogUitkomst<Dialoog>.Geweigerd)uitkomst).Weigering;
            var audit = Event(time, actor, actie(c.Dialoog.Waarde, nieuw), id, Json.Write(c.Dialoog.Waarde), Json.Write(nieuw));
            if (await store.SaveAsync(c.Partitie, id, perceel, nieuw, c.Dialoog.Versie?.EnkeleETag, audit, ct).ConfigureAwait(false) is { } etag)
                return new Stand<Dialoog>(nieuw, Versie.Enkel(etag));
        }
        return new Uitkomst<Stand<Dialoog>>.Conflict(Tegelijk);
    }

    /// <summary>The audit event in the traject's chain, at the server's time, naming the actor as every event does.</summary>
    internal static AuditEvent Event(TimeProvider time, Actor actor, string actie, TrajectId id, string? voor, string? na) =>
        new(time.GetUtcNow(), actor.AuditNaam, actie, $"traject:{id}", voor, na);
}
