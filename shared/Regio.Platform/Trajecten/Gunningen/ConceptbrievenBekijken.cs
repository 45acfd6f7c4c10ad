using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Beoordelingen;
using static Regio.Platform.Trajecten.Gunningen.Verzendcontrole;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>The inkoper previews the letters of the concept before sending them.</summary>
public sealed class ConceptbrievenBekijken(GunningPoort poort, BeoordelingLezer beoordelingen, Partijen partijen)
{
    /// <summary>The letters as they would read if sent today, and whether sending is possible now (and if not, why).</summary>
    public async Task<Uitkomst<Conceptbrieven>> GetAsync(Actor actor, TrajectId id, int perceel, CancellationToken ct)
    {
        var open = await poort.OpenAsync(actor, id, perceel, [Actie.GunningBeheren], "conceptbrieven bekijken", ct).ConfigureAwait(false);
        if (!open.TryGet(out var c))
            return open.RefusalAs<Conceptbrieven>();
        if (c.Gunning.Besluit is not { } concept)
            return new GunningWeigering.GeenConcept();
        if (concept.Waarde.Verzonden is { } verzonden)
            return new GunningWeigering.AlVerzonden(verzonden.Datum);
        var (grondslag, onvolledig) = Grondslag(await beoordelingen.GetAsync(id, perceel, ct).ConfigureAwait(false));
        var kop = await partijen.GetBriefkopAsync(c.Traject, c.Perceel, c.Vandaag, ct).ConfigureAwait(false);
        var brieven = grondslag is null ? [] : Gunningsbrief.Stel(concept.Waarde, grondslag, kop);
        var bezwaar = Gunningsregels.KanVerzenden(concept.Waarde, onvolledig is null, onvolledig, grondslag?.Inschrijvers.Count ?? 0)
            ?? (grondslag is null ? null : Nagekeken(concept.Waarde, grondslag));
        return new Conceptbrieven(concept, brieven, bezwaar is null, bezwaar?.Melding);
    }
}
