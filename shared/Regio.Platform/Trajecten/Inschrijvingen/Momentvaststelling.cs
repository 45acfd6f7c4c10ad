using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using static Regio.Platform.Trajecten.Inschrijvingen.Inschrijvingswijziging;

namespace Regio.Platform.Trajecten.Inschrijvingen;

/// <summary>A moment as written or read, with the version a change must send back.</summary>
public sealed record Momentversie(Indienmoment Moment, Versie Versie);

/// <summary>The owner sets the required documents and the deadline of a moment; a change needs the version that was read.</summary>
public sealed class Momentvaststelling(InschrijvingPoort poort, InschrijvingStore store, Regiostatus.Statusprojectie status, TimeProvider time)
{
    public async Task<Uitkomst<Momentversie>> SaveAsync(
        Actor actor, TrajectId id, int perceel, Momentsoort soort, IReadOnlyList<string>? documenten, DateTimeOffset? sluiting, Versie? gelezenVersie, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, perceel, Actie.IndienmomentBeheren, "indienmoment vaststellen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<Momentversie>();
        if (sluiting is null)
            return new Uitkomst<Momentversie>.Ongeldig(new Dictionary<string, string> { ["sluiting"] = "Vul de sluitingstermijn in: datum en tijd, bijvoorbeeld 2026-12-01T12:00:00+01:00." });
        var bestaand = await store.GetMomentAsync(id, perceel, soort, ct).ConfigureAwait(false);
        if (bestaand is not null && gelezenVersie is null)
            return new Uitkomst<Momentversie>.Conflict("Dit indienmoment bestaat al. Stuur de ETag mee die u las (If-Match), zodat een wijziging van een ander niet verloren gaat.", Verouderd: true);
        // A version that is not one of ours is as stale as an old one.
        if (bestaand is not null && gelezenVersie!.Value != bestaand.Versie)
            return new Uitkomst<Momentversie>.Conflict(Tegelijk, Verouderd: true);
        var nu = time.GetUtcNow();
        var regel = Inschrijvingsregels.StelVast(bestaand?.Waarde, soort, documenten, sluiting.Value, nu);
        if (regel is InschrijvingUitkomst<Indienmoment>.Geweigerd w)
            return w.Weigering;
        var moment = ((InschrijvingUitkomst<Indienmoment>.Toegestaan)regel).Waarde;
        var audit = Event(time, actor, bestaand is null ? $"Indienmoment {Indienmoment.Naam(soort)} vastgesteld" : $"Indienmoment {Indienmoment.Naam(soort)} gewijzigd",
            $"moment:{id}:{perceel}:{Indienmoment.Naam(soort)}", bestaand is null ? null : Json.Write(bestaand.Waarde), Json.Write(moment));
        if (await store.SaveMomentAsync(id, perceel, moment, bestaand?.ETag, audit, ct).ConfigureAwait(false) is not { } nieuw)
            return new Uitkomst<Momentversie>.Conflict(Tegelijk, Verouderd: true);
        await status.RecountAsync(c.Traject, perceel, ct).ConfigureAwait(false);
        return new Momentversie(moment, Versie.Enkel(nieuw));
    }
}
