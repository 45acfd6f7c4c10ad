using Azure;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Beoordelingen;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>Drafting the decision and previewing its letters.</summary>
public sealed partial class GunningBeheer
{
    /// <summary>
    /// Drafts or changes the concept: the winners (default: everyone ranked first), the reason where the choice departs
    /// from the ranking, and an optional explanation. A change needs the ETag of the concept that was read.
    /// </summary>
    public async Task<Uitkomst<Gelezen<Gunningsbesluit>>> StelOpAsync(Actor actor, TrajectId id, int perceel,
        IReadOnlyList<string>? winnaars, string? afwijking, string? toelichting, ETag? gelezen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (c, weigering) = await LeesAsync<Gelezen<Gunningsbesluit>>(actor, id, perceel, [Actie.GunningBeheren], "gunningsbeslissing opstellen", ct).ConfigureAwait(false);
        if (weigering is not null)
            return weigering;
        var huidig = c!.Gunning.Besluit;
        if (huidig is not null && huidig.ETag != gelezen)
        {
            return new Uitkomst<Gelezen<Gunningsbesluit>>.Conflict(gelezen is null
                ? "Er is al een concept van de gunningsbeslissing. Stuur de ETag mee die u las (If-Match), zodat een wijziging van een ander niet verloren gaat."
                : Tegelijk, Verouderd: true);
        }
        var uitslag = await beoordelingen.LeesAsync(id, perceel, ct).ConfigureAwait(false);
        if (uitslag is not { Rangschikking.Plaatsen.Count: > 0 })
            return new GunningWeigering.BeoordelingOnvolledig("er is nog geen rangschikking: geen inschrijving heeft een consensusscore.");
        var regel = Gunningsregels.StelOp(huidig?.Waarde, perceel, uitslag.Rangschikking, winnaars, afwijking, toelichting, uitslag.Namen, actor.Naam, time.GetUtcNow());
        if (regel is not GunningUitkomst<Gunningsbesluit>.Toegestaan { Waarde: var besluit })
            return ((GunningUitkomst<Gunningsbesluit>.Geweigerd)regel).Weigering;
        var audit = Event(actor, $"Concept gunningsbeslissing opgesteld voor perceel {perceel}", id,
            huidig is null ? null : Json.Write(new { perceel, huidig.Waarde.Winnaars }), Json.Write(new { perceel, besluit.Winnaars, besluit.Afwijking }));
        return await store.SchrijfConceptAsync(c.Traject, besluit, huidig?.ETag, audit, ct).ConfigureAwait(false) is { } etag
            ? new Gelezen<Gunningsbesluit>(besluit, etag)
            : new Uitkomst<Gelezen<Gunningsbesluit>>.Conflict(Tegelijk, Verouderd: true);
    }

    /// <summary>The letters as they would read if sent today, and whether sending is possible now (and if not, why).</summary>
    public async Task<Uitkomst<Conceptbrieven>> ConceptAsync(Actor actor, TrajectId id, int perceel, CancellationToken ct)
    {
        var (c, weigering) = await LeesAsync<Conceptbrieven>(actor, id, perceel, [Actie.GunningBeheren], "conceptbrieven bekijken", ct).ConfigureAwait(false);
        if (weigering is not null)
            return weigering;
        if (c!.Gunning.Besluit is not { } concept)
            return new GunningWeigering.GeenConcept();
        if (concept.Waarde.Verzonden is { } verzonden)
            return new GunningWeigering.AlVerzonden(verzonden.Datum);
        var (grondslag, onvolledig) = Grondslag(await beoordelingen.LeesAsync(id, perceel, ct).ConfigureAwait(false));
        var kop = await KopAsync(c, c.Vandaag, ct).ConfigureAwait(false);
        var brieven = grondslag is null ? [] : Gunningsbrief.Stel(concept.Waarde, grondslag, kop);
        var bezwaar = Gunningsregels.KanVerzenden(concept.Waarde, onvolledig is null, onvolledig, grondslag?.Inschrijvers.Count ?? 0)
            ?? (grondslag is null ? null : Nagekeken(concept.Waarde, grondslag));
        return new Conceptbrieven(concept, brieven, bezwaar is null, bezwaar?.Melding);
    }

    /// <summary>
    /// What the letters are made of, or why the beoordeling is not complete: no criteria, no opened inschrijvingen, an
    /// inschrijving without a verdict on its validity, or a valid one without a consensus.
    /// </summary>
    private static (Gunningsgrondslag? Grondslag, string? Onvolledig) Grondslag(Beoordelingsuitslag? uitslag)
    {
        if (uitslag is null)
            return (null, "er zijn nog geen gunningscriteria vastgesteld.");
        var statussen = uitslag.Namen.Keys.Select(k => uitslag.Geldigheden.FirstOrDefault(g => g.Inschrijver == k) is { } g
            ? new Inschrijvingsstatus(k, g.Geldig, g.Reden)
            : null).ToList();
        var grondslag = new Gunningsgrondslag(uitslag.Criteria, uitslag.Consensus, uitslag.Rangschikking, uitslag.Namen, statussen.OfType<Inschrijvingsstatus>().ToList());
        var zonderOordeel = uitslag.Namen.Where(n => uitslag.Geldigheden.All(g => g.Inschrijver != n.Key)).Select(n => n.Value).ToList();
        var onvolledig = uitslag.Namen.Count == 0 ? "er zijn geen geopende inschrijvingen."
            : zonderOordeel.Count > 0 ? $"van {string.Join(", ", zonderOordeel)} is nog niet vastgesteld of de inschrijving geldig is."
            : !uitslag.Compleet ? "niet elke geldige inschrijving heeft een consensusscore."
            : null;
        return (grondslag, onvolledig);
    }

    /// <summary>The concept checked again against today's ranking: a consensus changed since drafting may make it wrong.</summary>
    private static GunningWeigering? Nagekeken(Gunningsbesluit concept, Gunningsgrondslag grondslag) =>
        Gunningsregels.StelOp(null, concept.Perceel, grondslag.Rangschikking, concept.Winnaars, concept.Afwijking, concept.Toelichting, grondslag.Namen, concept.OpgesteldDoor, concept.OpgesteldOp)
            is GunningUitkomst<Gunningsbesluit>.Geweigerd g ? g.Weigering : null;

    private async Task<Briefkop> KopAsync(Context c, DateOnly verzonden, CancellationToken ct)
    {
        var opdrachtgever = await OpdrachtgeverAsync(c.Traject, ct).ConfigureAwait(false);
        return new Briefkop(Dienst(opdrachtgever), c.Traject.Naam, c.Perceel.Nummer, c.Perceel.Naam, verzonden, Domain.Trajecten.Fasemachine.Standstill.EindigtOp(verzonden));
    }
}
