using Azure;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Toelatingen;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Toelatingen;

/// <summary>Changing an aanvraag, and for an admission the perceel's dossier with it, in one transaction.</summary>
public sealed partial class ToelatingenBeheer
{
    private async Task<Uitkomst<AanvraagVersie>> WijzigAsync(Actor actor, TrajectId id, int perceel, int nummer, ETag expected, string wat,
        Func<Aanvraag, ToelatingUitkomst<Aanvraag>> regel, Func<Aanvraag, string> actie, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var toegang = await OpenAsync(actor, id, perceel, Actie.ToelatingBeslissen, wat, ct).ConfigureAwait(false);
            if (!toegang.TryGet(out var open))
                return toegang.RefusalAs<AanvraagVersie>();
            var traject = open.Traject;
            var partitie = TrajectStore.PartitionKey(traject.Eigenaar);
            if (traject.Procedure != Procedure.OpenHouse)
                return new ToelatingWeigering.GeenOpenHouse();
            if (await store.GetAsync(partitie, id, perceel, nummer, ct).ConfigureAwait(false) is not { } gelezen)
                return new Uitkomst<AanvraagVersie>.NietGevonden();
            var uitkomst = regel(gelezen.Aanvraag);
            if (uitkomst is not ToelatingUitkomst<Aanvraag>.Toegestaan { Waarde: var aanvraag })
                return ((ToelatingUitkomst<Aanvraag>.Geweigerd)uitkomst).Weigering;
            var metTraject = aanvraag.IsToegelaten ? await MetDossierAsync(id, aanvraag, ct).ConfigureAwait(false) : null;
            var audit = Event(actor, actie(aanvraag), id, Json.Write(new { gelezen.Aanvraag.Nummer, gelezen.Aanvraag.Besluit }), Json.Write(new { aanvraag.Nummer, aanvraag.Besluit }));
            var geschreven = await store.BesluitAsync(partitie, id, aanvraag, expected, metTraject, audit, ct).ConfigureAwait(false);
            if (geschreven.ETags is { } etags)
                return new AanvraagVersie(aanvraag, etags[0]);
            // The traject row changed meanwhile (someone recorded another fact): read it again; the caller's ETag still holds.
            if (geschreven.GeweigerdeRij is not >= 1)
                return new Uitkomst<AanvraagVersie>.Conflict("Iemand anders heeft over deze aanvraag intussen besloten of haar gewijzigd. Lees haar opnieuw.", Verouderd: true);
        }
        return new Uitkomst<AanvraagVersie>.Conflict("Het traject werd tegelijk steeds gewijzigd. Er is niets opgeslagen; probeer het nog eens.");
    }

    private async Task<(Traject Voor, Versie Versie, Traject Na)?> MetDossierAsync(TrajectId id, Aanvraag aanvraag, CancellationToken ct)
    {
        if (await trajecten.GetAsync(id, ct).ConfigureAwait(false) is not { } gelezen)
            return null;
        var traject = gelezen.Traject with
        {
            Percelen = gelezen.Traject.Percelen
                .Select(p => p.Nummer == aanvraag.Perceel ? p with { Dossier = Toelatingsregels.InDossier(p.Dossier, aanvraag) } : p).ToList(),
        };
        return (gelezen.Traject, gelezen.Versie, traject);
    }

    /// <summary>The traject, when the perceel exists and the policy allows <paramref name="actie"/> on it; else the logged refusal.</summary>
    private Task<Uitkomst<TrajectVersie>> OpenAsync(Actor actor, TrajectId id, int perceel, Actie actie, string wat, CancellationToken ct) =>
        poort.OpenAsync(actor, id, wat, t => t.Traject.Percelen.Any(p => p.Nummer == perceel)
            ? AccessPolicy.BeslisToelating(actor, actie, t.Traject, t.Peildatum)
            : new Besluit.NietGevonden(), ct);

    private AuditEvent Event(Actor actor, string actie, TrajectId id, string? voor, string? na) =>
        new(time.GetUtcNow(), actor.AuditNaam, actie, $"traject:{id}", voor, na);
}
