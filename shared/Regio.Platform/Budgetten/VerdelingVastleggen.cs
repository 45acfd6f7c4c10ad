using Regio.Domain.Budgetten;
using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Budgetten;

/// <summary>
/// The regio coordinator records per shared perceel the contract value per year and the verdeelsleutel. The verdeling
/// is written with its audit event in the traject's partition; then each gemeente's share is written into that
/// gemeente's own partition with an event in its own chain. Those are other partitions, so not the same transaction:
/// a failure in between leaves the regio's verdeling stored and the next save (the same one again) brings every share
/// up to date, since each share is replaced whole.
/// </summary>
public sealed class VerdelingVastleggen(VerdelingPoort poort, VerdelingStore store, BudgetStore budgetten, TimeProvider time)
{
    /// <param name="gelezen">The version of the verdeling as read; needed once there is one, and stale when not the current one (or not ours).</param>
    public async Task<Uitkomst<VerdelingVanPerceel>> SaveAsync(
        Actor actor, TrajectId trajectId, int nummer, Verdeling verdeling, Versie? gelezen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(verdeling);
        var toegang = await poort.OpenAsync(actor, trajectId, $"verdeling perceel {nummer} vastleggen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var toegelaten))
            return toegang.RefusalAs<VerdelingVanPerceel>();
        var (traject, scope) = toegelaten;
        if (traject.Percelen.FirstOrDefault(p => p.Nummer == nummer) is not { } perceel)
            return new Uitkomst<VerdelingVanPerceel>.NietGevonden();
        var fouten = verdeling.Controleer(traject.Deelnemers);
        if (fouten.Count > 0)
            return new Uitkomst<VerdelingVanPerceel>.Ongeldig(fouten);
        var oud = (await store.ListAsync(scope, traject, ct).ConfigureAwait(false)).TryGetValue(nummer, out var o) ? o : ((Verdeling Verdeling, Azure.ETag ETag)?)null;
        if (oud is not null && gelezen is null)
            return new Uitkomst<VerdelingVanPerceel>.Conflict("Er is al een verdeling voor dit perceel. Stuur de ETag mee die u las (If-Match), zodat u niets overschrijft.", Verouderd: true);
        var audit = new AuditEvent(time.GetUtcNow(), actor.AuditNaam, $"Verdeling van perceel {nummer} vastgelegd", $"traject:{trajectId}",
            oud is { } v ? Json.Write(v.Verdeling) : null, Json.Write(verdeling));
        Azure.ETag? expected = oud is null ? null : gelezen!.Value.EnkeleETagOfOnbekend;
        if (await store.SaveAsync(scope, traject, nummer, verdeling, expected, audit, ct).ConfigureAwait(false) is not { } etag)
            return new Uitkomst<VerdelingVanPerceel>.Conflict("Iemand anders heeft deze verdeling intussen gewijzigd. Lees haar opnieuw en probeer het nog eens.", Verouderd: true);
        var aandelen = verdeling.Bereken();
        foreach (var aandeel in aandelen)
        {
            var eigen = new AandeelInPerceel(traject.Id, traject.Naam, nummer, perceel.Naam, traject.Domein, verdeling.Jaren, aandeel.Bedragen, aandeel.Afronding,
                Sleuteltekst(verdeling.Sleutel.First(s => s.Gemeente == aandeel.Gemeente)));
            await budgetten.SaveAandeelAsync(scope, aandeel.Gemeente, eigen, new AuditEvent(time.GetUtcNow(), actor.AuditNaam,
                $"Aandeel in {traject.Naam}, perceel {nummer}, vastgelegd door de regio", $"aandeel:{aandeel.Gemeente}:{traject.Id}:{nummer}", null, Json.Write(eigen)), ct).ConfigureAwait(false);
        }
        return new VerdelingVanPerceel(perceel, verdeling, aandelen, Versie.Enkel(etag));
    }

    /// <summary>How a gemeente reads the key of its share: "1/7 (14,2857%) van de contractwaarde" or "vast € 250.000 per jaar".</summary>
    public static string Sleuteltekst(Sleutelregel regel)
    {
        ArgumentNullException.ThrowIfNull(regel);
        return regel.Fractie is { } f
            ? $"{f} ({f.AlsPercentage()}) van de contractwaarde"
            : $"vast € {Bedrag.AlsEuro(regel.VastPerJaar ?? 0)} per jaar";
    }
}
