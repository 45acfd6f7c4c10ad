using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;

namespace Regio.Platform.Budgetten;

/// <summary>A keuze as a form or the API sends it; <see cref="LokaleKeuzeVastleggen"/> checks it.</summary>
public sealed record KeuzeInvoer(string? Naam, string? Onderwerp, string? Omschrijving, IReadOnlyList<string>? Trajecten, string? NotitieVoorRaad, bool GedeeldMetRegio);

/// <summary>
/// A gemeente records a new lokale keuze or changes one, in the version that was read, audited in its own chain. The
/// trajecten it names must be ones the actor may see.
/// </summary>
public sealed class LokaleKeuzeVastleggen(BudgetPoort poort, BudgetStore store, TrajectStore trajecten, TimeProvider time)
{
    /// <summary>Records a new keuze (<paramref name="keuzeId"/> null) or changes one, if it is still in version <paramref name="gelezen"/>.</summary>
    public async Task<Uitkomst<(LokaleKeuze Keuze, Versie Versie)>> SaveAsync(
        Actor actor, GemeenteId gemeente, string? keuzeId, KeuzeInvoer invoer, Versie? gelezen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(invoer);
        var open = await poort.OpenAsync(actor, gemeente, Actie.LokaleKeuzesBeheren, $"gemeente:{gemeente} lokale keuze vastleggen", ct).ConfigureAwait(false);
        if (!open.TryGet(out var scope))
            return open.RefusalAs<(LokaleKeuze, Versie)>();
        var bestaande = await store.ListKeuzesAsync(scope, ct).ConfigureAwait(false);
        var oud = keuzeId is null ? null : bestaande.FirstOrDefault(k => k.Keuze.Id == keuzeId) is { Keuze: not null } k ? k : ((LokaleKeuze Keuze, Azure.ETag ETag)?)null;
        if (keuzeId is not null && oud is null)
            return new Uitkomst<(LokaleKeuze, Versie)>.NietGevonden();
        var naam = invoer.Naam?.Trim() ?? "";
        var id = keuzeId ?? UniekId(LokaleKeuze.IdVan(naam), bestaande.Select(b => b.Keuze.Id));
        var fouten = new Dictionary<string, string>();
        if (!Enum.TryParse<KeuzeOnderwerp>(invoer.Onderwerp, ignoreCase: true, out var onderwerp) || !Enum.IsDefined(onderwerp) || int.TryParse(invoer.Onderwerp, out _))
            fouten["onderwerp"] = "Kies waar de keuze over gaat: sociale basis, toegang, aanvullende ondersteuning of overig.";
        var trajectIds = (invoer.Trajecten ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).Distinct().Select(t => new TrajectId(t)).ToList();
        foreach (var onbekend in await OnbekendeTrajectenAsync(actor, trajectIds, ct).ConfigureAwait(false))
            fouten["trajecten"] = $"Het traject '{onbekend}' is niet gevonden. Noem trajecten van uw gemeente bij hun id, zoals 'gewoon-in-de-wijk'.";
        var keuze = new LokaleKeuze(id, naam, onderwerp, invoer.Omschrijving?.Trim() ?? "", trajectIds,
            string.IsNullOrWhiteSpace(invoer.NotitieVoorRaad) ? null : invoer.NotitieVoorRaad.Trim(), invoer.GedeeldMetRegio);
        foreach (var (veld, melding) in keuze.Controleer())
            fouten.TryAdd(veld, melding);
        if (fouten.Count > 0)
            return new Uitkomst<(LokaleKeuze, Versie)>.Ongeldig(fouten);
        var audit = new AuditEvent(time.GetUtcNow(), actor.AuditNaam, oud is null ? $"Lokale keuze '{naam}' vastgelegd" : $"Lokale keuze '{naam}' gewijzigd",
            $"keuze:{gemeente}:{id}", oud is { } o ? Json.Write(o.Keuze) : null, Json.Write(keuze));
        Azure.ETag? expected = oud is null ? null : (gelezen ?? Versie.Leeg).EnkeleETagOfOnbekend;
        return await store.SaveKeuzeAsync(scope, keuze, expected, audit, ct).ConfigureAwait(false) is { } etag
            ? (keuze, Versie.Enkel(etag))
            : new Uitkomst<(LokaleKeuze, Versie)>.Conflict("Iemand anders heeft deze keuze intussen gewijzigd. Lees haar opnieuw en probeer het nog eens.", Verouderd: true);
    }

    private async Task<IEnumerable<TrajectId>> OnbekendeTrajectenAsync(Actor actor, List<TrajectId> ids, CancellationToken ct)
    {
        var onbekend = new List<TrajectId>();
        foreach (var id in ids)
        {
            if (await trajecten.GetAsync(id, ct).ConfigureAwait(false) is not { } t
                || AccessPolicy.Beslis(actor, Actie.TrajectBekijken, t.Traject, time.Vandaag()) is not Besluit.Toegestaan)
            {
                onbekend.Add(id);
            }
        }
        return onbekend;
    }

    private static string UniekId(string basis, IEnumerable<string> bestaand)
    {
        var gebruikt = bestaand.ToHashSet();
        return Enumerable.Range(1, 1000).Select(i => i == 1 ? basis : $"{basis}-{i}").First(id => !gebruikt.Contains(id));
    }
}
