using Regio.Domain.Regios;
using Regio.Platform.Toegang;

namespace Regio.Platform.Rapportages;

/// <summary>The regio's letters as the actor may see them, and whether they may generate new ones.</summary>
public sealed record Rapportagelijst(Domain.Regios.Regio Regio, IReadOnlyList<RapportageVersie> Rapportages, bool MagOpstellen);

/// <summary>
/// Reading the monthly raadsinformatiebrieven: the list per month and one letter. The coordinators see every letter;
/// the regio's gemeenten only final ones.
/// </summary>
public sealed class RapportagesBekijken(RapportagePoort poort, RapportageStore store)
{
    public async Task<Uitkomst<Rapportagelijst>> ListAsync(Actor actor, RegioId regioId, CancellationToken ct)
    {
        var toegang = await poort.OpenRegioAsync(actor, regioId, Actie.RapportageLezen, "rapportages bekijken", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var regio))
            return toegang.RefusalAs<Rapportagelijst>();
        var zichtbaar = (await store.ListAsync(regioId, ct).ConfigureAwait(false))
            .Where(v => RapportagePoort.Decide(actor, Actie.RapportageLezen, regio, v.Rapportage.Status) is Besluit.Toegestaan)
            .ToList();
        return new Rapportagelijst(regio, zichtbaar, RapportagePoort.Decide(actor, Actie.RapportageOpstellen, regio, null) is Besluit.Toegestaan);
    }

    public async Task<Uitkomst<RapportageVersie>> GetAsync(Actor actor, RegioId regioId, string? maandTekst, CancellationToken ct)
    {
        var toegang = await poort.OpenMaandAsync(actor, regioId, maandTekst, Actie.RapportageLezen, "rapportage lezen", ct).ConfigureAwait(false);
        return toegang.TryGet(out var brief) ? brief.Versie : toegang.RefusalAs<RapportageVersie>();
    }
}
