using Microsoft.Extensions.Logging;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Inschrijvingen;

/// <summary>
/// The opening of the inschrijvingen goes into the perceel's dossier by itself once the second person has confirmed it, so
/// the gate to Beoordeling reads the day it really happened, the closing day included. The opening is stored in the sealed
/// partition and the dossier in the owner's, so this is a second write: when it cannot be done (someone changed the traject
/// three times meanwhile, storage is down) the opening still stands, it is logged, and the inkoper records it on the dossier page.
/// </summary>
public sealed partial class OpeningInDossier(TrajectStore trajecten, TimeProvider time, ILogger<OpeningInDossier> logger)
{
    private const int DossierPogingen = 3;

    public async Task SaveAsync(Actor actor, TrajectId id, int perceel, Indienmoment moment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(moment);
        if (moment.Soort != Momentsoort.Inschrijving || moment.Opening is not { BevestigdOp: { } bevestigd } opening)
        {
            return;
        }
        try
        {
            for (var poging = 0; poging < DossierPogingen; poging++)
            {
                if (await trajecten.GetAsync(id, ct).ConfigureAwait(false) is not { } gelezen
                    || gelezen.Traject.Percelen.FirstOrDefault(p => p.Nummer == perceel) is not { } huidig)
                {
                    return;
                }
                var uitkomst = huidig.Dossier.LegOpeningOpHetPlatformVast(NederlandseTijd.Datum(moment.Sluiting), NederlandseTijd.Datum(bevestigd));
                if (uitkomst is not Vastleggingsuitkomst.Vastgelegd { Dossier: var dossier })
                {
                    // Already recorded by hand, or a recorded termijn later than the moment's: the dossier keeps what a person wrote.
                    LogNietInDossier(logger, id.Value, perceel, ((Vastleggingsuitkomst.Geweigerd)uitkomst).Weigering.Code);
                    return;
                }
                var gewijzigd = gelezen.Traject with { Percelen = [.. gelezen.Traject.Percelen.Select(p => p.Nummer == perceel ? p with { Dossier = dossier } : p)] };
                var audit = new AuditEvent(time.GetUtcNow(), actor.AuditNaam,
                    $"Feit vastgelegd: opening van de inschrijvingen (vier-ogen-opening door {opening.GestartDoorNaam} en {opening.BevestigdDoorNaam})",
                    $"traject:{id}", Json.Write(new { perceel, dossier = huidig.Dossier }),
                    Json.Write(new { perceel, sluiting = moment.Sluiting, geopend = bevestigd }));
                if ((await trajecten.SaveAsync(gelezen, gewijzigd, gelezen.Versie, audit, ct).ConfigureAwait(false)).Versie is not null)
                {
                    return;
                }
            }
            LogSteedsGewijzigd(logger, id.Value, perceel);
        }
        catch (Azure.RequestFailedException e)
        {
            LogOpslagFout(logger, e, id.Value, perceel);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Opening van traject {Traject}, perceel {Perceel}, niet in het dossier gezet: {Regel}")]
    private static partial void LogNietInDossier(ILogger logger, string traject, int perceel, string regel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Opening van traject {Traject}, perceel {Perceel}, niet in het dossier gezet: het traject veranderde steeds tussendoor")]
    private static partial void LogSteedsGewijzigd(ILogger logger, string traject, int perceel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Opening van traject {Traject}, perceel {Perceel}, niet in het dossier gezet: opslag niet bereikbaar")]
    private static partial void LogOpslagFout(ILogger logger, Exception e, string traject, int perceel);
}
