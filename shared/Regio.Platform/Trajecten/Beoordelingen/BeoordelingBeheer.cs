using Azure;
using Azure.Data.Tables;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Beoordelingen;
using Regio.Platform.Audit;
using Regio.Platform.Organisaties;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Platform.Trajecten.Beoordelingen;

/// <summary>
/// The beoordeling of a perceel: criteria (frozen at the opening), the commissie and conflicts of interest, the verdict
/// on each opened inschrijving's validity, independent scores, the consensus and the ranking. Who may do what comes from
/// <see cref="AccessPolicy.BeslisBeoordeling"/>; the rules from <see cref="Beoordelingsverloop"/>; every change is
/// written with its audit event (who and what, never a score) in the perceel's partition. See the partial files.
/// </summary>
public sealed partial class BeoordelingBeheer(
    TrajectPoort poort, BeoordelingStore store, InschrijvingStore inschrijvingen, OrganisatieStore organisaties, TimeProvider time)
{
    private const int Attempts = 5;
    private const string Tegelijk = "Tegelijk met u is de beoordeling gewijzigd. Er is niets opgeslagen; bekijk de beoordeling opnieuw en probeer het nog eens.";

    private sealed record Context(Traject Traject, Perceel Perceel, GelezenBeoordeling Gelezen, Beoordelaar? Lid, DateOnly Vandaag)
    {
        public Beoordelingsdossier Dossier => Gelezen.Dossier;

        public bool Mag(Actor actor, Actie actie) => AccessPolicy.BeslisBeoordeling(actor, actie, Traject, Vandaag, Dossier.Commissie) is Besluit.Toegestaan;

        public static Context Van(Actor actor, TrajectVersie t, Perceel perceel, GelezenBeoordeling gelezen) =>
            new(t.Traject, perceel, gelezen, AccessPolicy.Commissielid(actor, gelezen.Dossier.Commissie), t.Peildatum);
    }

    /// <summary>A decided change: the new value, its row (and the ETag it must still have), the audit event's words.</summary>
    private sealed record Wijziging<T>(T Waarde, TableEntity Rij, ETag? Verwacht, bool VanClient, string Actie, string? Na, bool MomentVastzetten = false);

    /// <summary>
    /// The traject, perceel and beoordeling, if the policy allows <paramref name="actie"/>; else the (logged) refusal.
    /// Someone who may not see the traject learns nothing, and the beoordeling is not even read for them.
    /// </summary>
    private Task<Uitkomst<Context>> OpenAsync(Actor actor, TrajectId id, int perceel, Actie actie, string wat, CancellationToken ct) =>
        poort.OpenAsync(
            actor, id, wat,
            async t => t.Traject.Percelen.FirstOrDefault(x => x.Nummer == perceel) is { } p
                && AccessPolicy.Beslis(actor, Actie.TrajectBekijken, t.Traject, t.Peildatum) is Besluit.Toegestaan
                    ? Context.Van(actor, t, p, await store.LeesAsync(id, perceel, ct).ConfigureAwait(false))
                    : null,
            c => AccessPolicy.BeslisBeoordeling(actor, actie, c.Traject, c.Vandaag, c.Dossier.Commissie),
            ct);

    private Task<Uitkomst<Gelezen<T>>> WijzigAsync<T>(Actor actor, TrajectId id, int perceel, Actie actie, string wat,
        Func<Context, (Wijziging<T>? Wijziging, Uitkomst<Gelezen<T>>? Weigering)> beslis, CancellationToken ct) =>
        WijzigMetAsync<T>(actor, id, perceel, actie, wat, c => Task.FromResult(beslis(c)), ct);

    /// <summary>Reads, decides and writes; decides again on a fresh read when another change came first.</summary>
    private async Task<Uitkomst<Gelezen<T>>> WijzigMetAsync<T>(Actor actor, TrajectId id, int perceel, Actie actie, string wat,
        Func<Context, Task<(Wijziging<T>? Wijziging, Uitkomst<Gelezen<T>>? Weigering)>> beslis, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var toegang = await OpenAsync(actor, id, perceel, actie, wat, ct).ConfigureAwait(false);
            if (!toegang.TryGet(out var c))
                return toegang.RefusalAs<Gelezen<T>>();
            // The letters quote these scores and the standstill runs on them: after sending, the beoordeling is on record.
            if (c.Perceel.Dossier.Gunningsbeslissing is { } besluit)
            {
                return new Uitkomst<Gelezen<T>>.Conflict(
                    $"De gunningsbeslissing is op {Domain.Trajecten.Gunningen.Dagtekst.Kort(besluit.Datum)} verzonden; de beoordeling ligt daarmee vast en kan niet meer veranderen.", Code: "GunningVerzonden");
            }
            var (w, nee) = await beslis(c).ConfigureAwait(false);
            if (nee is not null)
                return nee;
            var audit = new AuditEvent(time.GetUtcNow(), actor.AuditNaam, w!.Actie, Onderwerp(id, perceel), null, w.Na);
            var geschreven = await store.SchrijfAsync(id, perceel, c.Gelezen, [(w.Rij, w.Verwacht)], w.MomentVastzetten, audit, ct).ConfigureAwait(false);
            if (geschreven.ETags is { } etags)
                return new Gelezen<T>(w.Waarde, etags[0]);
            if (geschreven.Verouderd && w.VanClient)
                return new Uitkomst<Gelezen<T>>.Conflict(Tegelijk, Verouderd: true);
        }
        return new Uitkomst<Gelezen<T>>.Conflict(Tegelijk);
    }

    /// <summary>A change to something that exists must name the version it read (If-Match); null when it may go ahead.</summary>
    private static Uitkomst<T>? Versie<T>(ETag? huidig, ETag? gelezen, string bestaatAl) => (huidig, gelezen) switch
    {
        (null, null) => null,
        ({ }, null) => new Uitkomst<T>.Conflict($"{bestaatAl} Stuur de ETag mee die u las (If-Match), zodat een wijziging van een ander niet verloren gaat.", Verouderd: true),
        var (h, g) when h == g => null,
        _ => new Uitkomst<T>.Conflict(Tegelijk, Verouderd: true),
    };

    /// <summary>Audit events of the beoordeling: in the sealed chain of the perceel, apart from any inschrijver's own history.</summary>
    private static string Onderwerp(TrajectId id, int perceel) => $"beoordeling:{id}:{perceel}";
}
