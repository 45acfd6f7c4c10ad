using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Budgetten;

/// <summary>
/// A budget line changed by hand (an amount, a new post, a post removed) by the budgethouder, in the version that was
/// read, audited in the gemeente's own chain; once the budget is vastgesteld, with a reason.
/// </summary>
public sealed class BudgetregelWijzigen(BudgetPoort poort, BudgetStore store, TimeProvider time)
{
    /// <param name="gelezen">The budget's version as read; one that is not the current one (or not ours) is stale.</param>
    public async Task<Uitkomst<BudgetVersie>> SaveAsync(
        Actor actor, GemeenteId gemeente, string? domein, Budgetregel regel, Versie gelezen, string? reden, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(regel);
        var open = await poort.OpenAsync(actor, gemeente, Actie.BudgetBeheren, $"budget:{gemeente} budgetregel wijzigen", ct).ConfigureAwait(false);
        if (!open.TryGet(out var scope))
            return open.RefusalAs<BudgetVersie>();
        if (Budgetdomein.Parse(domein) is not { } gekozen)
            return Weigeringen.Ongeldig<BudgetVersie>("domein", Budgetdomein.Fout);
        if ((await store.ListAsync(scope, ct).ConfigureAwait(false)).FirstOrDefault(b => b.Budget.Domein == gekozen) is not { } huidig)
            return new Uitkomst<BudgetVersie>.NietGevonden();
        var (nieuw, fouten) = regel.PasToe(huidig.Budget);
        var toelichting = reden?.Trim() ?? "";
        var alle = fouten.ToDictionary();
        if (huidig.Budget.Status == BudgetStatus.Vastgesteld && toelichting.Length == 0)
            alle["reden"] = Budgetmutatie.RedenNodig;
        else if (toelichting.Length > 1000)
            alle["reden"] = "De reden is hoogstens 1000 tekens.";
        if (alle.Count > 0)
            return new Uitkomst<BudgetVersie>.Ongeldig(alle);
        var expected = gelezen.EnkeleETagOfOnbekend;
        if (huidig.Versie.EnkeleETag != expected)
            return new Uitkomst<BudgetVersie>.Conflict(Budgetmutatie.Tegelijk, Verouderd: true);
        var naam = regel.Post.Trim();
        var audit = Budgetmutatie.Event(time, actor, $"Budget {Budgetdomein.Naam(gekozen)}: {Omschrijving(regel, naam)}", gemeente, gekozen,
            new { posten = huidig.Budget.Posten }, new { reden = toelichting.Length > 0 ? toelichting : null, posten = nieuw!.Posten });
        return await store.ReplaceAsync(scope, nieuw, huidig.Budget.Posten.Count, expected, audit, ct).ConfigureAwait(false) is { } etag
            ? new BudgetVersie(nieuw, Versie.Enkel(etag))
            : new Uitkomst<BudgetVersie>.Conflict(Budgetmutatie.Tegelijk, Verouderd: true);
    }

    private static string Omschrijving(Budgetregel regel, string naam) => regel switch
    {
        Budgetregel.BedragWijzigen b => $"bedrag van post '{naam}' in {b.Jaar} gewijzigd in € {Bedrag.AlsEuro(b.Euro)}",
        Budgetregel.PostToevoegen => $"post '{naam}' toegevoegd",
        _ => $"post '{naam}' verwijderd",
    };
}
