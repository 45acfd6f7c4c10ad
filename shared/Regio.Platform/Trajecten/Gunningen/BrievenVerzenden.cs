using Azure.Data.Tables;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Beoordelingen;
using Regio.Platform.Trajecten.Inschrijvingen;
using static Regio.Platform.Trajecten.Gunningen.Gunningwijziging;
using static Regio.Platform.Trajecten.Gunningen.Verzendcontrole;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>
/// Sending: every letter generated and stored at one server moment, then in one transaction the gunning row, a row per
/// letter, and the traject row with the gunningsbeslissing in the perceel's dossier (its date starts the standstill), the
/// proces-verbaal of the beoordeling and, where the gate allows, the phase VoorlopigeGunning.
/// </summary>
public sealed class BrievenVerzenden(GunningPoort poort, BeoordelingLezer beoordelingen, GunningStore store, GunningBlobs blobs, Partijen partijen, TimeProvider time)
{
    /// <param name="gelezen">The version of the concept that was previewed: only that concept is sent (a version that is not one of ours is stale).</param>
    public async Task<Uitkomst<Gelezen<Gunningsbesluit>>> SendAsync(Actor actor, TrajectId id, int perceel, Versie? gelezen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var nu = time.GetUtcNow();
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var open = await poort.OpenAsync(actor, id, perceel, [Actie.GunningBeheren], "gunningsbeslissing verzenden", ct).ConfigureAwait(false);
            if (!open.TryGet(out var c))
                return open.RefusalAs<Gelezen<Gunningsbesluit>>();
            if (c.Gunning.Besluit is { } bestaand && gelezen is { } versie && versie != bestaand.Versie && !bestaand.Waarde.IsVerzonden)
                return new Uitkomst<Gelezen<Gunningsbesluit>>.Conflict("Het concept is gewijzigd nadat u het las. Bekijk de conceptbrieven opnieuw en verzend dan.", Verouderd: true);
            var (grondslag, onvolledig) = Grondslag(await beoordelingen.GetAsync(id, perceel, ct).ConfigureAwait(false));
            if (Gunningsregels.KanVerzenden(c.Besluit, onvolledig is null, onvolledig, grondslag?.Inschrijvers.Count ?? 0) is { } nee)
                return nee;
            if (Nagekeken(c.Besluit!, grondslag!) is { } gewijzigd)
                return new Uitkomst<Gelezen<Gunningsbesluit>>.Conflict($"De rangschikking is gewijzigd sinds het concept werd opgesteld: {gewijzigd.Melding} Stel het concept opnieuw op.", Code: gewijzigd.Code);
            var datum = NederlandseTijd.Vandaag(new VasteTijd(nu));
            var verzonden = Gunningsregels.Verzend(c.Besluit!, Guid.NewGuid().ToString("N"), nu, datum, actor.AuditNaam, actor.Naam);
            var (traject, fout) = MetBeslissing(c, verzonden, grondslag!, datum, actor.Naam);
            if (fout is not null)
                return fout;
            var brieven = Gunningsbrief.Stel(verzonden, grondslag!, await partijen.GetBriefkopAsync(c.Traject, c.Perceel, datum, ct).ConfigureAwait(false));
            var registraties = new List<Briefregistratie>();
            foreach (var brief in brieven)
            {
                var inhoud = GunningDocx.Maak($"Gunningsbeslissing perceel {perceel} aan {brief.OntvangerNaam}", brief.Blokken);
                var blob = GunningBlobs.BlobNaam(id, perceel, verzonden.Verzonden!.Id, brief.Ontvanger);
                if (await blobs.SaveAsync(blob, inhoud, ct).ConfigureAwait(false) is not { } sha256)
                    return new Uitkomst<Gelezen<Gunningsbesluit>>.Conflict(Tegelijk);
                registraties.Add(new Briefregistratie(brief.Ontvanger, brief.OntvangerNaam, brief.Gegund, blob, sha256, inhoud.LongLength, nu));
            }
            var rijen = new List<TableTransactionAction> { GunningStore.Besluit(c.Traject, verzonden, c.Gunning.Besluit!.ETag) };
            rijen.AddRange(registraties.Select(r => GunningStore.Brief(c.Traject, perceel, r)));
            var eerste = rijen.Count;
            rijen.AddRange(TrajectStore.Vervang(c.Traject, c.TrajectVersie, traject));
            var audit = Event(time, actor, $"Gunningsbeslissing verzonden voor perceel {perceel}", id, null, Json.Write(new
            {
                perceel, verzonden.Winnaars, verzonden.Verzonden!.Op, verzonden.Verzonden.StandstillEindigtOp,
                brieven = registraties.Select(r => new { r.Inschrijver, r.Gegund, r.Sha256 }),
            }));
            var geschreven = await store.SaveAsync(traject, rijen, audit, ct).ConfigureAwait(false);
            if (geschreven.ETags is { } etags)
                return new Gelezen<Gunningsbesluit>(verzonden, etags[0]);
            // Only a traject row changed meanwhile (another fact recorded) is worth a fresh read; the rest is someone else's sending.
            if (geschreven.GeweigerdeRij < eerste)
                return new Uitkomst<Gelezen<Gunningsbesluit>>.Conflict(Tegelijk, Verouderd: true);
        }
        return new Uitkomst<Gelezen<Gunningsbesluit>>.Conflict(Tegelijk);
    }

    /// <summary>
    /// The traject with the decision in the perceel's dossier: the gunningsbeslissing (refused if one was recorded by hand
    /// before), the proces-verbaal of the beoordeling when the perceel leaves that phase now, and VoorlopigeGunning where
    /// the phase machine allows it.
    /// </summary>
    private static (Traject Traject, Uitkomst<Gelezen<Gunningsbesluit>>? Fout) MetBeslissing(Gunningscontext c, Gunningsbesluit besluit, Gunningsgrondslag grondslag, DateOnly datum, string door)
    {
        var perceel = c.Perceel;
        var dossier = perceel.Dossier;
        switch (dossier.LegVast(new Feit.GunningsbeslissingVerzonden(datum, besluit.Motivering(grondslag.Namen)), datum))
        {
            case Vastleggingsuitkomst.Vastgelegd gunning:
                dossier = gunning.Dossier;
                break;
            case Vastleggingsuitkomst.Geweigerd g:
                return (c.Traject, new Uitkomst<Gelezen<Gunningsbesluit>>.Conflict(g.Weigering.Melding, Code: g.Weigering.Code));
        }
        var fase = perceel.FaseOp(datum);
        if (fase == Fase.Beoordeling && !dossier.ProcessenVerbaal.Any(pv => pv.Fase == Fase.Beoordeling)
            && dossier.LegVast(new Feit.ProcesVerbaalOpgemaakt(datum, Fase.Beoordeling), datum) is Vastleggingsuitkomst.Vastgelegd pv)
        {
            dossier = pv.Dossier;
        }
        perceel = perceel with { Dossier = dossier };
        if (c.Traject.Procedure is { } procedure && Fasewissel.Vraag(procedure, fase, Fase.VoorlopigeGunning, dossier, datum) is Domain.Trajecten.Fasemachine.Uitkomst.Toegestaan)
        {
            perceel = perceel with { Overgangen = [.. perceel.Overgangen, new FaseOvergang(Fase.VoorlopigeGunning, datum, $"Gunningsbeslissing verzonden door {door}")] };
        }
        return (c.Traject with { Percelen = c.Traject.Percelen.Select(p => p.Nummer == perceel.Nummer ? perceel : p).ToList() }, null);
    }

    /// <summary>A clock stopped at the moment of sending, so the Dutch date is that of the very moment the letters carry.</summary>
    private sealed class VasteTijd(DateTimeOffset nu) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => nu;
    }
}
