using Azure;
using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Regios;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;

namespace Regio.Platform.Budgetten;

/// <summary>A gemeente's lokale keuzes as its own people read them, each with the ETag a change must send back.</summary>
public sealed record KeuzesVanGemeente(GemeenteId Gemeente, IReadOnlyList<(LokaleKeuze Keuze, ETag ETag)> Keuzes, bool MagBeheren);

/// <summary>
/// One keuze as its reader may see it: the gemeente's own people the whole keuze with the ETag a change sends back
/// (<see cref="Eigen"/>), the regio coordinator only what the gemeente shares (<see cref="Gedeeld"/>).
/// </summary>
public abstract record GelezenKeuze
{
    private GelezenKeuze() { }

    public sealed record Eigen(LokaleKeuze Keuze, ETag ETag) : GelezenKeuze;

    public sealed record Gedeeld(Gemeente Gemeente, GedeeldeKeuze Keuze) : GelezenKeuze;
}

/// <summary>A keuze as a form or the API sends it; <see cref="LokaleKeuzesBeheer"/> checks it.</summary>
public sealed record KeuzeInvoer(string? Naam, string? Onderwerp, string? Omschrijving, IReadOnlyList<string>? Trajecten, string? NotitieVoorRaad, bool GedeeldMetRegio);

/// <summary>
/// The use cases of lokale keuzes. They are the gemeente's own; the regio coordinator reads only a keuze the gemeente
/// chose to share, and only through <see cref="BudgetStore.GedeeldeKeuzesAsync"/>, which never returns another.
/// </summary>
public sealed class LokaleKeuzesBeheer(BudgetStore store, TrajectStore trajecten, RegioStore regios, Toegangspoort toegangspoort, TimeProvider time)
{
    public async Task<Uitkomst<KeuzesVanGemeente>> LijstAsync(Actor actor, GemeenteId gemeente, CancellationToken ct)
    {
        if (AccessPolicy.Beslis(actor, Actie.LokaleKeuzesBekijken, gemeente) is not Besluit.Toegestaan { Scope: var scope })
            return await Weiger<KeuzesVanGemeente>(actor, gemeente, Actie.LokaleKeuzesBekijken, "lokale keuzes bekijken", ct).ConfigureAwait(false);
        var keuzes = await store.KeuzesAsync(scope, ct).ConfigureAwait(false);
        return new KeuzesVanGemeente(gemeente, keuzes, AccessPolicy.Beslis(actor, Actie.LokaleKeuzesBeheren, gemeente) is Besluit.Toegestaan);
    }

    /// <summary>One keuze: for the gemeente's people any of its keuzes, for the regio coordinator only what the gemeente shares of a shared one.</summary>
    public async Task<Uitkomst<GelezenKeuze>> BekijkAsync(Actor actor, GemeenteId gemeente, string keuzeId, CancellationToken ct)
    {
        if (AccessPolicy.Beslis(actor, Actie.GedeeldeKeuzeLezen, gemeente) is not Besluit.Toegestaan { Scope: var scope })
            return await Weiger<GelezenKeuze>(actor, gemeente, Actie.GedeeldeKeuzeLezen, $"lokale keuze {keuzeId} bekijken", ct).ConfigureAwait(false);
        if (scope.Organisatie.Value == gemeente.Value)
        {
            return (await store.KeuzesAsync(scope, ct).ConfigureAwait(false)).FirstOrDefault(k => k.Keuze.Id == keuzeId) is { Keuze: not null } eigen
                ? new GelezenKeuze.Eigen(eigen.Keuze, eigen.ETag)
                : new Uitkomst<GelezenKeuze>.NietGevonden();
        }
        var regio = await regios.GetAsync(new RegioId(scope.Organisatie.Value), ct).ConfigureAwait(false);
        return regio?.Gemeenten.FirstOrDefault(g => g.Id == gemeente) is { } lid
            && (await store.GedeeldeKeuzesAsync(scope, gemeente, ct).ConfigureAwait(false)).FirstOrDefault(k => k.Id == keuzeId) is { } gedeeld
            ? new GelezenKeuze.Gedeeld(lid, gedeeld)
            : new Uitkomst<GelezenKeuze>.NietGevonden();
    }

    /// <summary>The keuzes the gemeenten of the coordinator's regio shared with it, per gemeente, as the regio reads them.</summary>
    public async Task<Uitkomst<IReadOnlyList<GelezenKeuze.Gedeeld>>> GedeeldMetRegioAsync(Actor actor, RegioId regioId, CancellationToken ct)
    {
        var regio = await regios.GetAsync(regioId, ct).ConfigureAwait(false);
        if (regio is null || regio.Gemeenten.Count == 0
            || AccessPolicy.Beslis(actor, Actie.GedeeldeKeuzeLezen, regio.Gemeenten[0].Id) is not Besluit.Toegestaan { Scope: var scope }
            || scope.Organisatie.Value != regio.Id.Value)
        {
            return new Uitkomst<IReadOnlyList<GelezenKeuze.Gedeeld>>.NietGevonden();
        }
        var perGemeente = await Task.WhenAll(regio.Gemeenten.Select(async g =>
            (await store.GedeeldeKeuzesAsync(scope, g.Id, ct).ConfigureAwait(false)).Select(k => new GelezenKeuze.Gedeeld(g, k)))).ConfigureAwait(false);
        return perGemeente.SelectMany(k => k).ToList();
    }

    /// <summary>Records a new keuze (<paramref name="keuzeId"/> null) or changes one, if it still has <paramref name="expected"/>.</summary>
    public async Task<Uitkomst<(LokaleKeuze Keuze, ETag ETag)>> VastleggenAsync(
        Actor actor, GemeenteId gemeente, string? keuzeId, KeuzeInvoer invoer, ETag? expected, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(invoer);
        if (AccessPolicy.Beslis(actor, Actie.LokaleKeuzesBeheren, gemeente) is not Besluit.Toegestaan { Scope: var scope })
            return await Weiger<(LokaleKeuze, ETag)>(actor, gemeente, Actie.LokaleKeuzesBeheren, "lokale keuze vastleggen", ct).ConfigureAwait(false);
        var bestaande = await store.KeuzesAsync(scope, ct).ConfigureAwait(false);
        var oud = keuzeId is null ? null : bestaande.FirstOrDefault(k => k.Keuze.Id == keuzeId) is { Keuze: not null } k ? k : ((LokaleKeuze, ETag)?)null;
        if (keuzeId is not null && oud is null)
            return new Uitkomst<(LokaleKeuze, ETag)>.NietGevonden();
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
            return new Uitkomst<(LokaleKeuze, ETag)>.Ongeldig(fouten);
        var audit = new AuditEvent(time.GetUtcNow(), actor.AuditNaam, oud is null ? $"Lokale keuze '{naam}' vastgelegd" : $"Lokale keuze '{naam}' gewijzigd",
            $"keuze:{gemeente}:{id}", oud is { } o ? Json.Write(o.Item1) : null, Json.Write(keuze));
        return await store.SchrijfKeuzeAsync(scope, keuze, oud is null ? null : expected ?? new ETag("\"geen\""), audit, ct).ConfigureAwait(false) is { } etag
            ? (keuze, etag)
            : new Uitkomst<(LokaleKeuze, ETag)>.Conflict("Iemand anders heeft deze keuze intussen gewijzigd. Lees haar opnieuw en probeer het nog eens.", Verouderd: true);
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

    private Task<Uitkomst<T>> Weiger<T>(Actor actor, GemeenteId gemeente, Actie actie, string wat, CancellationToken ct) =>
        toegangspoort.WeigerAsync<T>(actor, $"gemeente:{gemeente} {wat}", AccessPolicy.Beslis(actor, actie, gemeente), ct);
}
