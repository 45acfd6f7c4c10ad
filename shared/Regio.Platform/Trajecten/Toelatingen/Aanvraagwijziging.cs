using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Toelatingen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Toelatingen;

/// <summary>
/// Changing an aanvraag against the version the owner's inkoper read, and for an admission the perceel's dossier
/// (<c>Dossier.Toelatingen</c>) with it, in one transaction, so the Gecontracteerd gate reads exactly what was decided.
/// </summary>
public sealed class Aanvraagwijziging(ToelatingPoort poort, TrajectStore trajecten, ToelatingStore store, TimeProvider time)
{
    private const int Attempts = 5;

    public async Task<Uitkomst<AanvraagVersie>> ChangeAsync(Actor actor, TrajectId id, int perceel, int nummer, Versie gelezenVersie, string wat,
        Func<Aanvraag, ToelatingUitkomst<Aanvraag>> regel, Func<Aanvraag, string> actie, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var toegang = await poort.OpenAsync(actor, id, perceel, Actie.ToelatingBeslissen, wat, ct).ConfigureAwait(false);
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
            // A version that is not one of ours is as stale as an old one.
            if (gelezenVersie.EnkeleETag is not { } expected)
                return Verouderd();
            var metTraject = aanvraag.IsToegelaten ? await MetDossierAsync(id, aanvraag, ct).ConfigureAwait(false) : null;
            var audit = ToelatingPoort.Event(time, actor, actie(aanvraag), id,
                Json.Write(new { gelezen.Aanvraag.Nummer, gelezen.Aanvraag.Besluit }), Json.Write(new { aanvraag.Nummer, aanvraag.Besluit }));
            var geschreven = await store.SaveAsync(partitie, id, aanvraag, expected, metTraject, audit, ct).ConfigureAwait(false);
            if (geschreven.ETags is { } etags)
                return new AanvraagVersie(aanvraag, Versie.Enkel(etags[0]));
            // The traject row changed meanwhile (someone recorded another fact): read it again; the caller's version still holds.
            if (geschreven.GeweigerdeRij is not >= 1)
                return Verouderd();
        }
        return new Uitkomst<AanvraagVersie>.Conflict("Het traject werd tegelijk steeds gewijzigd. Er is niets opgeslagen; probeer het nog eens.");
    }

    private static Uitkomst<AanvraagVersie> Verouderd() =>
        new Uitkomst<AanvraagVersie>.Conflict("Iemand anders heeft over deze aanvraag intussen besloten of haar gewijzigd. Lees haar opnieuw.", Verouderd: true);

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
}
