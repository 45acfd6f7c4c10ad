using Azure;
using Regio.Domain.Budgetten;
using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;

namespace Regio.Platform.Budgetten;

/// <summary>A shared perceel with its verdeling (null until the coordinator records one) and everyone's share.</summary>
public sealed record VerdelingVanPerceel(Perceel Perceel, Verdeling? Verdeling, IReadOnlyList<Aandeel> Aandelen, ETag? ETag);

public sealed record VerdelingenVanTraject(Traject Traject, IReadOnlyList<VerdelingVanPerceel> Percelen);

/// <summary>
/// The regio coordinator records per shared perceel the contract value per year and the verdeelsleutel. The verdeling
/// is written with its audit event in the traject's partition; then each gemeente's share is written into that
/// gemeente's own partition with an event in its own chain. Those are other partitions, so not the same transaction:
/// a failure in between leaves the regio's verdeling stored and the next save (the same one again) brings every share
/// up to date, since each share is replaced whole.
/// </summary>
public sealed class VerdelingBeheer(TrajectPoort poort, VerdelingStore store, BudgetStore budgetten, TimeProvider time)
{
    public async Task<Uitkomst<VerdelingenVanTraject>> BekijkAsync(Actor actor, TrajectId trajectId, CancellationToken ct)
    {
        var toegang = await OpenAsync(actor, trajectId, "verdeling bekijken", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var toegelaten))
            return toegang.RefusalAs<VerdelingenVanTraject>();
        var (traject, scope) = toegelaten;
        var opgeslagen = await store.ListAsync(scope, traject, ct).ConfigureAwait(false);
        return new VerdelingenVanTraject(traject, traject.Percelen.Select(p => opgeslagen.TryGetValue(p.Nummer, out var v)
            ? new VerdelingVanPerceel(p, v.Verdeling, v.Verdeling.Bereken(), v.ETag)
            : new VerdelingVanPerceel(p, null, [], null)).ToList());
    }

    public async Task<Uitkomst<VerdelingVanPerceel>> VastleggenAsync(
        Actor actor, TrajectId trajectId, int nummer, Verdeling verdeling, ETag? expected, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(verdeling);
        var toegang = await OpenAsync(actor, trajectId, $"verdeling perceel {nummer} vastleggen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var toegelaten))
            return toegang.RefusalAs<VerdelingVanPerceel>();
        var (traject, scope) = toegelaten;
        if (traject.Percelen.FirstOrDefault(p => p.Nummer == nummer) is not { } perceel)
            return new Uitkomst<VerdelingVanPerceel>.NietGevonden();
        var fouten = verdeling.Controleer(traject.Deelnemers);
        if (fouten.Count > 0)
            return new Uitkomst<VerdelingVanPerceel>.Ongeldig(fouten);
        var oud = (await store.ListAsync(scope, traject, ct).ConfigureAwait(false)).TryGetValue(nummer, out var o) ? o : ((Verdeling, ETag)?)null;
        if (oud is not null && expected is null)
            return new Uitkomst<VerdelingVanPerceel>.Conflict("Er is al een verdeling voor dit perceel. Stuur de ETag mee die u las (If-Match), zodat u niets overschrijft.", Verouderd: true);
        var audit = new AuditEvent(time.GetUtcNow(), actor.AuditNaam, $"Verdeling van perceel {nummer} vastgelegd", $"traject:{trajectId}",
            oud is { } v ? Json.Write(v.Item1) : null, Json.Write(verdeling));
        if (await store.SchrijfAsync(scope, traject, nummer, verdeling, oud is null ? null : expected, audit, ct).ConfigureAwait(false) is not { } etag)
            return new Uitkomst<VerdelingVanPerceel>.Conflict("Iemand anders heeft deze verdeling intussen gewijzigd. Lees haar opnieuw en probeer het nog eens.", Verouderd: true);
        var aandelen = verdeling.Bereken();
        foreach (var aandeel in aandelen)
        {
            var eigen = new AandeelInPerceel(traject.Id, traject.Naam, nummer, perceel.Naam, traject.Domein, verdeling.Jaren, aandeel.Bedragen, aandeel.Afronding,
                Sleuteltekst(verdeling.Sleutel.First(s => s.Gemeente == aandeel.Gemeente)));
            await budgetten.SchrijfAandeelAsync(scope, aandeel.Gemeente, eigen, new AuditEvent(time.GetUtcNow(), actor.AuditNaam,
                $"Aandeel in {traject.Naam}, perceel {nummer}, vastgelegd door de regio", $"aandeel:{aandeel.Gemeente}:{traject.Id}:{nummer}", null, Json.Write(eigen)), ct).ConfigureAwait(false);
        }
        return new VerdelingVanPerceel(perceel, verdeling, aandelen, etag);
    }

    /// <summary>How a gemeente reads the key of its share: "1/7 (14,2857%) van de contractwaarde" or "vast € 250.000 per jaar".</summary>
    public static string Sleuteltekst(Sleutelregel regel)
    {
        ArgumentNullException.ThrowIfNull(regel);
        return regel.Fractie is { } f
            ? $"{f} ({f.AlsPercentage()}) van de contractwaarde"
            : $"vast € {Bedrag.AlsEuro(regel.VastPerJaar ?? 0)} per jaar";
    }

    /// <summary>A traject whose verdeling the actor may keep, with the scope the policy allowed it in.</summary>
    private sealed record Toegelaten(Traject Traject, OrganisatieScope Scope);

    private Task<Uitkomst<Toegelaten>> OpenAsync(Actor actor, TrajectId trajectId, string wat, CancellationToken ct) =>
        poort.OpenAsync(actor, trajectId, wat,
            t => AccessPolicy.BeslisVerdeling(actor, t.Traject, t.Peildatum),
            (t, scope) => new Toegelaten(t.Traject, scope),
            ct);
}
