using Regio.Domain.Trajecten;
using Regio.Platform.Regios;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten;

/// <summary>Changing a traject's own data: its name and domain always, its procedure, deelnemers and contract terms until it is published.</summary>
public sealed class TrajectWijzigen(TrajectPoort poort, Trajectopslag opslag, Werkgebied werkgebied, TimeProvider time)
{
    public async Task<Uitkomst<TrajectVersie>> SaveAsync(Actor actor, TrajectId id, TrajectWijziging wijziging, Versie expected, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(wijziging);
        var toegang = await poort.OpenAsync(actor, id, Actie.TrajectBeheren, "gegevens wijzigen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var gelezen))
        {
            return toegang;
        }
        var (traject, versie, _) = gelezen;
        if (await werkgebied.GetAsync(traject.Eigenaar, ct).ConfigureAwait(false) is not { } bekendeRegio)
        {
            return new Uitkomst<TrajectVersie>.Conflict("De gegevens van de regio zijn nog niet beschikbaar, dus de deelnemers zijn niet te controleren. Probeer het over enkele ogenblikken opnieuw.");
        }
        if (wijziging.Controleer(traject, bekendeRegio) is { Count: > 0 } fouten)
        {
            return new Uitkomst<TrajectVersie>.Ongeldig(fouten);
        }
        // Judge the change against what the caller read: "nothing changed" or "published" about someone else's newer version would mislead.
        if (versie != expected)
        {
            return new Uitkomst<TrajectVersie>.Conflict(Trajectopslag.Tegelijk, Verouderd: true);
        }
        var gewijzigd = wijziging.Toegepast(traject);
        var (voor, na) = TrajectWijziging.Verschil(traject, gewijzigd);
        if (voor.Count == 0)
        {
            return new Uitkomst<TrajectVersie>.Conflict(
                "Er is niets gewijzigd: alle gegevens zijn gelijk aan wat al is vastgelegd. Pas een gegeven aan en sla het dan op.", Code: TrajectWijziging.NietsGewijzigd);
        }
        if (traject.IsGepubliceerd(time.Vandaag()) && voor.Keys.Any(TrajectWijziging.VastNaPublicatie.Contains))
        {
            return new Uitkomst<TrajectVersie>.Conflict(TrajectWijziging.GepubliceerdMelding, Code: TrajectWijziging.Gepubliceerd);
        }
        var audit = opslag.Event(actor, "Traject gewijzigd", id, Json.Write(voor), Json.Write(na));
        return await opslag.SaveAsync(gelezen, gewijzigd, expected, audit, ct).ConfigureAwait(false);
    }
}
