using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten;

/// <summary>Recording a fact in a perceel's dossier, which the phase gates read.</summary>
public sealed class DossierVastleggen(TrajectPoort poort, Trajectopslag opslag, TimeProvider time)
{
    public async Task<Uitkomst<TrajectVersie>> SaveAsync(Actor actor, TrajectId id, int perceel, Feit feit, Versie expected, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(feit);
        var toegang = await poort.OpenAsync(actor, id, perceel, Actie.TrajectBeheren, "dossier vastleggen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var open))
        {
            return toegang.RefusalAs<TrajectVersie>();
        }
        var (gelezen, huidig) = open;
        var traject = gelezen.Traject;
        Dossier dossier;
        switch (huidig.Dossier.LegVast(feit, time.Vandaag()))
        {
            case Vastleggingsuitkomst.Vastgelegd v:
                dossier = v.Dossier;
                break;
            case Vastleggingsuitkomst.Geweigerd g:
                return new Uitkomst<TrajectVersie>.Conflict(g.Weigering.Melding, Code: g.Weigering.Code);
            default:
                throw new InvalidOperationException("Onbekende uitkomst van het vastleggen.");
        }
        var gewijzigd = traject with { Percelen = traject.Percelen.Select(p => p.Nummer == perceel ? p with { Dossier = dossier } : p).ToList() };
        var audit = opslag.Event(actor, $"Feit vastgelegd: {Feitnamen.Naam(feit)}", id,
            Json.Write(new { perceel, dossier = huidig.Dossier }), Json.Write(new { perceel, feit = (object)feit }));
        return await opslag.SaveAsync(gelezen, gewijzigd, expected, audit, ct).ConfigureAwait(false);
    }
}
