using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Platform.Regios;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Budgetten;

/// <summary>A gemeente's lokale keuzes as its own people read them, each with the version a change must send back.</summary>
public sealed record KeuzesVanGemeente(GemeenteId Gemeente, IReadOnlyList<(LokaleKeuze Keuze, Versie Versie)> Keuzes, bool MagBeheren);

/// <summary>
/// One keuze as its reader may see it: the gemeente's own people the whole keuze with the version a change sends back
/// (<see cref="Eigen"/>), the regio coordinator only what the gemeente shares (<see cref="Gedeeld"/>).
/// </summary>
public abstract record GelezenKeuze
{
    private GelezenKeuze() { }

    public sealed record Eigen(LokaleKeuze Keuze, Versie Versie) : GelezenKeuze;

    public sealed record Gedeeld(Gemeente Gemeente, GedeeldeKeuze Keuze) : GelezenKeuze;
}

/// <summary>
/// Reading lokale keuzes. They are the gemeente's own; the regio coordinator reads only a keuze the gemeente chose to
/// share, and only through <see cref="BudgetStore.ListGedeeldeKeuzesAsync"/>, which never returns another.
/// </summary>
public sealed class LokaleKeuzesBekijken(BudgetPoort poort, BudgetStore store, RegioStore regios)
{
    public async Task<Uitkomst<KeuzesVanGemeente>> ListAsync(Actor actor, GemeenteId gemeente, CancellationToken ct)
    {
        var open = await poort.OpenAsync(actor, gemeente, Actie.LokaleKeuzesBekijken, $"gemeente:{gemeente} lokale keuzes bekijken", ct).ConfigureAwait(false);
        if (!open.TryGet(out var scope))
            return open.RefusalAs<KeuzesVanGemeente>();
        var keuzes = await store.ListKeuzesAsync(scope, ct).ConfigureAwait(false);
        return new KeuzesVanGemeente(gemeente, keuzes.Select(k => (k.Keuze, Versie.Enkel(k.ETag))).ToList(),
            AccessPolicy.Beslis(actor, Actie.LokaleKeuzesBeheren, gemeente) is Besluit.Toegestaan);
    }

    /// <summary>One keuze: for the gemeente's people any of its keuzes, for the regio coordinator only what the gemeente shares of a shared one.</summary>
    public async Task<Uitkomst<GelezenKeuze>> GetAsync(Actor actor, GemeenteId gemeente, string keuzeId, CancellationToken ct)
    {
        var open = await poort.OpenAsync(actor, gemeente, Actie.GedeeldeKeuzeLezen, $"gemeente:{gemeente} lokale keuze {keuzeId} bekijken", ct).ConfigureAwait(false);
        if (!open.TryGet(out var scope))
            return open.RefusalAs<GelezenKeuze>();
        if (scope.Organisatie.Value == gemeente.Value)
        {
            return (await store.ListKeuzesAsync(scope, ct).ConfigureAwait(false)).FirstOrDefault(k => k.Keuze.Id == keuzeId) is { Keuze: not null } eigen
                ? new GelezenKeuze.Eigen(eigen.Keuze, Versie.Enkel(eigen.ETag))
                : new Uitkomst<GelezenKeuze>.NietGevonden();
        }
        var regio = await regios.GetAsync(new RegioId(scope.Organisatie.Value), ct).ConfigureAwait(false);
        return regio?.Gemeenten.FirstOrDefault(g => g.Id == gemeente) is { } lid
            && (await store.ListGedeeldeKeuzesAsync(scope, gemeente, ct).ConfigureAwait(false)).FirstOrDefault(k => k.Id == keuzeId) is { } gedeeld
            ? new GelezenKeuze.Gedeeld(lid, gedeeld)
            : new Uitkomst<GelezenKeuze>.NietGevonden();
    }
}
