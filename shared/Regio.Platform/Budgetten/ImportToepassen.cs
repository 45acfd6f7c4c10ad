using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Budgetten;

/// <summary>
/// The second step of importing a budget sheet: the pending import of <see cref="ImportVoorvertonen"/>, only if the caller
/// names the version of the preview it saw and the budget is still the one it was compared with, replaces the budget in
/// one transaction with its audit event. A vastgesteld budget needs a reason.
/// </summary>
public sealed class ImportToepassen(BudgetPoort poort, BudgetStore store, TimeProvider time)
{
    /// <param name="versie">The preview's version (its If-Match), as <see cref="Importvoorstel.Versie"/> gave it.</param>
    public async Task<Uitkomst<BudgetVersie>> ApplyAsync(
        Actor actor, GemeenteId gemeente, string importId, string? versie, string? reden, CancellationToken ct)
    {
        var open = await poort.OpenAsync(actor, gemeente, Actie.BudgetBeheren, $"budget:{gemeente} budgetimport toepassen", ct).ConfigureAwait(false);
        if (!open.TryGet(out var scope))
            return open.RefusalAs<BudgetVersie>();
        if (!Importvoorstel.IsId(importId) || await store.GetVoorstelAsync(scope, importId, ct).ConfigureAwait(false) is not { } voorstel)
            return new Uitkomst<BudgetVersie>.NietGevonden();
        if (voorstel.Op + Importvoorstel.Geldig < time.GetUtcNow())
            return new Uitkomst<BudgetVersie>.Conflict("Deze voorvertoning is ouder dan een dag. Laad het bestand opnieuw om te zien wat er nu verandert.");
        if (versie?.Trim().Trim('"') != voorstel.Versie)
            return new Uitkomst<BudgetVersie>.Conflict("Stuur de versie van de voorvertoning mee (If-Match), zodat alleen wordt toegepast wat u heeft gezien.", Verouderd: true);
        var budgetten = await store.ListAsync(scope, ct).ConfigureAwait(false);
        var huidig = budgetten.FirstOrDefault(b => b.Budget.Domein == voorstel.Domein);
        if (huidig?.Versie != voorstel.Basis)
            return Verouderd();
        var toelichting = reden?.Trim() ?? "";
        if (huidig?.Budget.Status == BudgetStatus.Vastgesteld && toelichting.Length == 0)
            return Weigeringen.Ongeldig<BudgetVersie>("reden", Budgetmutatie.RedenNodig);
        if (toelichting.Length > 1000)
            return Weigeringen.Ongeldig<BudgetVersie>("reden", "De reden is hoogstens 1000 tekens.");
        var nieuw = new Budget(gemeente, voorstel.Domein, voorstel.Jaren, voorstel.Posten, $"Import {voorstel.Bestandsnaam}", huidig?.Budget.Status ?? BudgetStatus.Concept);
        var audit = Budgetmutatie.Event(time, actor, $"Budget {Budgetdomein.Naam(voorstel.Domein)} {(huidig is null ? "aangemaakt" : "gewijzigd")} met import van {voorstel.Bestandsnaam}",
            gemeente, voorstel.Domein, huidig?.Budget, new { reden = toelichting.Length > 0 ? toelichting : null, budget = nieuw });
        var (uitkomst, etag) = await store.ApplyAsync(scope, voorstel, nieuw, huidig?.Budget.Posten.Count ?? 0, audit, ct).ConfigureAwait(false);
        return uitkomst switch
        {
            ImportToepassing.Toegepast => new BudgetVersie(nieuw, Versie.Enkel(etag!.Value)),
            ImportToepassing.Verdwenen => new Uitkomst<BudgetVersie>.Conflict("Deze voorvertoning is al toegepast."),
            _ => Verouderd(),
        };
    }

    private static Uitkomst<BudgetVersie>.Conflict Verouderd() =>
        new("Het budget is na de voorvertoning gewijzigd. Laad het bestand opnieuw om te zien wat er nu verandert.", Verouderd: true);
}
