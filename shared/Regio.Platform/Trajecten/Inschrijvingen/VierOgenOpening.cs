using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using static Regio.Platform.Trajecten.Inschrijvingen.Inschrijvingswijziging;

namespace Regio.Platform.Trajecten.Inschrijvingen;

/// <summary>
/// The four-eyes opening after the deadline: one authorised person starts it, a different one confirms it, and only then
/// are the documents readable. The confirmed opening of the inschrijving goes into the perceel's dossier as well.
/// </summary>
public sealed class VierOgenOpening(InschrijvingPoort poort, InschrijvingStore store, OpeningInDossier dossier, TimeProvider time)
{
    /// <summary>The first key: one authorised person starts the opening after the deadline.</summary>
    public Task<Uitkomst<Momentversie>> StartAsync(Actor actor, TrajectId id, int perceel, Momentsoort soort, CancellationToken ct) =>
        ChangeAsync(actor, id, perceel, soort, "opening starten", (m, nu) => Inschrijvingsregels.StartOpening(m, actor.AuditNaam, actor.Naam, nu, Sluiting(m)),
            m => $"Opening van {Indienmoment.Naam(soort)} gestart door {m.Opening!.GestartDoorNaam}", ct);

    /// <summary>The second key: a different authorised person confirms, and only then are the documents readable.</summary>
    public async Task<Uitkomst<Momentversie>> ConfirmAsync(Actor actor, TrajectId id, int perceel, Momentsoort soort, CancellationToken ct)
    {
        var uitkomst = await ChangeAsync(actor, id, perceel, soort, "opening bevestigen", (m, nu) => Inschrijvingsregels.BevestigOpening(m, actor.AuditNaam, actor.Naam, nu),
            m => $"Inschrijvingen van {Indienmoment.Naam(soort)} geopend door {m.Opening!.GestartDoorNaam} en {m.Opening.BevestigdDoorNaam}", ct).ConfigureAwait(false);
        if (uitkomst is Uitkomst<Momentversie>.Gelukt { Waarde.Moment: var geopend })
            await dossier.SaveAsync(actor, id, perceel, geopend, ct).ConfigureAwait(false);
        return uitkomst;
    }

    private async Task<Uitkomst<Momentversie>> ChangeAsync(Actor actor, TrajectId id, int perceel, Momentsoort soort, string wat,
        Func<Indienmoment, DateTimeOffset, InschrijvingUitkomst<Indienmoment>> regel, Func<Indienmoment, string> actie, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, perceel, Actie.InschrijvingenOpenen, wat, ct).ConfigureAwait(false);
        if (!toegang.TryGet(out _))
            return toegang.RefusalAs<Momentversie>();
        if (await store.GetMomentAsync(id, perceel, soort, ct).ConfigureAwait(false) is not { } bestaand)
            return new InschrijvingWeigering.GeenMoment();
        var uitkomst = regel(bestaand.Waarde, time.GetUtcNow());
        if (uitkomst is InschrijvingUitkomst<Indienmoment>.Geweigerd w)
            return w.Weigering;
        var nieuw = ((InschrijvingUitkomst<Indienmoment>.Toegestaan)uitkomst).Waarde;
        var audit = Event(time, actor, actie(nieuw), OpeningOnderwerp(id, perceel, soort), Json.Write(bestaand.Waarde.Opening), Json.Write(nieuw.Opening));
        return await store.SaveMomentAsync(id, perceel, nieuw, bestaand.ETag, audit, ct).ConfigureAwait(false) is { } etag
            ? new Momentversie(nieuw, Versie.Enkel(etag))
            : new Uitkomst<Momentversie>.Conflict(Tegelijk);
    }
}
