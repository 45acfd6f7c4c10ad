using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten;

/// <summary>Recording the facts of a perceel's dossier, which the phase gates read.</summary>
public sealed partial class TrajectBeheer
{
    public async Task<Uitkomst<TrajectVersie>> LegVastAsync(Actor actor, TrajectId id, int perceel, Feit feit, Versie expected, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(feit);
        var toegang = await poort.OpenAsync(actor, id, Actie.TrajectBeheren, "dossier vastleggen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var gelezen))
        {
            return toegang;
        }
        var traject = gelezen.Traject;
        if (traject.Percelen.FirstOrDefault(p => p.Nummer == perceel) is not { } huidig)
        {
            return OnbekendPerceel(traject, perceel);
        }
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
        var audit = Event(actor, $"Feit vastgelegd: {FeitNaam(feit)}", id, Json.Write(new { perceel, dossier = huidig.Dossier }), Json.Write(new { perceel, feit = (object)feit }));
        return await SlaOpAsync(gelezen, gewijzigd, expected, audit, ct).ConfigureAwait(false);
    }

    /// <summary>The Dutch name of a kind of fact, for the history and the forms.</summary>
    public static string FeitNaam(Feit feit) => feit switch
    {
        Feit.AankondigingGepubliceerd => "aankondiging gepubliceerd",
        Feit.HoofdkenmerkenVastgelegd => "hoofdkenmerken vastgelegd",
        Feit.UitnodigingVerzonden => "uitnodiging tot inschrijving verzonden",
        Feit.Inschrijvingstermijn => "inschrijvingstermijn",
        Feit.OpeningGeregistreerd => "opening van de inschrijvingen",
        Feit.DialoogGestart => "start van de dialoog",
        Feit.ProcesVerbaalOpgemaakt pv => $"proces-verbaal {pv.Fase.Naam()}",
        Feit.GunningsbeslissingVerzonden => "gunningsbeslissing verzonden",
        Feit.BezwaarIngediend => "bezwaar ingediend",
        Feit.UitspraakBezwaar => "uitspraak op bezwaar",
        Feit.OvereenkomstGetekend => "overeenkomst getekend",
        Feit.GunningGepubliceerd => "gunning gepubliceerd",
        Feit.Ingetrokken => "intrekking",
        _ => feit.GetType().Name,
    };

    private static Uitkomst<TrajectVersie>.Ongeldig OnbekendPerceel(Traject traject, int perceel) =>
        Ongeldig("perceel", $"Dit traject heeft geen perceel {perceel}. Percelen: {string.Join(", ", traject.Percelen.Select(p => p.Nummer))}.");
}
