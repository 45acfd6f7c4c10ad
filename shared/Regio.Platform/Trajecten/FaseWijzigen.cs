using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten;

/// <summary>Moving a perceel to another phase, when <see cref="Fasewissel"/> allows it for the traject's procedure.</summary>
public sealed class FaseWijzigen(TrajectPoort poort, Trajectopslag opslag, TimeProvider time)
{
    public async Task<Uitkomst<TrajectVersie>> ChangeAsync(Actor actor, TrajectId id, int perceel, Fase naar, Versie expected, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var toegang = await poort.OpenAsync(actor, id, perceel, Actie.TrajectBeheren, "fase wijzigen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var open))
        {
            return toegang.RefusalAs<TrajectVersie>();
        }
        var (gelezen, huidigPerceel) = open;
        var traject = gelezen.Traject;
        if (traject.Procedure is not { } procedure)
        {
            return Trajectopslag.Ongeldig("procedure", "Van dit traject is de procedure niet vastgelegd, dus is niet te bepalen welke fase mag volgen. Leg eerst de procedure vast.");
        }
        var vandaag = time.Vandaag();
        var huidig = huidigPerceel.FaseOp(vandaag);
        if (Fasewissel.Vraag(procedure, huidig, naar, huidigPerceel.Dossier, vandaag) is Domain.Trajecten.Fasemachine.Uitkomst.Geweigerd g)
        {
            return new Uitkomst<TrajectVersie>.Conflict(g.Weigering.Melding, Code: g.Weigering.Code);
        }
        var nieuw = huidigPerceel with { Overgangen = [.. huidigPerceel.Overgangen, new FaseOvergang(naar, vandaag, $"Fasewijziging door {actor.Naam}")] };
        var gewijzigd = traject with { Percelen = traject.Percelen.Select(p => p.Nummer == perceel ? nieuw : p).ToList() };
        var audit = opslag.Event(actor, "Fase gewijzigd", id, Json.Write(new { perceel, fase = huidig }), Json.Write(new { perceel, fase = naar }));
        return await opslag.SaveAsync(gelezen, gewijzigd, expected, audit, ct).ConfigureAwait(false);
    }
}
