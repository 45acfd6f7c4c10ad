using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Platform.Toegang;

namespace Regio.Platform.Budgetten;

/// <summary>What an import would change, and whether applying it needs a reason (the budget is vastgesteld).</summary>
public sealed record Voorvertoning(Importvoorstel Voorstel, Budgetwijziging Wijziging, BudgetStatus? HuidigeStatus)
{
    public bool RedenNodig => HuidigeStatus == BudgetStatus.Vastgesteld;
}

/// <summary>
/// Importing a budget sheet is two steps. The preview reads and checks the sheet, compares it with the stored budget
/// and keeps it as a pending import; it changes nothing. Applying takes that pending import (and only if the caller
/// names the version it saw) and replaces the budget in one transaction with its audit event.
/// </summary>
public sealed partial class BudgetBeheer
{
    public async Task<Uitkomst<Voorvertoning>> BekijkImportAsync(
        Actor actor, GemeenteId gemeente, string? domein, string? bestandsnaam, byte[]? inhoud, CancellationToken ct)
    {
        if (AccessPolicy.Beslis(actor, Actie.BudgetBeheren, gemeente) is not Besluit.Toegestaan { Scope: var scope })
            return await WeigerAsync<Voorvertoning>(actor, gemeente, Actie.BudgetBeheren, "budget importeren", ct).ConfigureAwait(false);
        if (LeesDomein(domein) is not { } gekozen)
            return Weigeringen.Ongeldig<Voorvertoning>("domein", DomeinFout);
        if (inhoud is null)
            return Weigeringen.Ongeldig<Voorvertoning>("bestand", "Kies het Excel- of CSV-bestand met het budget.");
        var (rijen, bestandsfout) = Budgetbestanden.Lees(inhoud);
        if (bestandsfout is not null)
            return Weigeringen.Ongeldig<Voorvertoning>("bestand", bestandsfout);
        var blad = Budgetblad.Lees(rijen!);
        if (!blad.IsGeldig)
        {
            // Keyed by the cell as the spreadsheet names it (bestand!C4), so that every problem in the sheet is listed.
            return new Uitkomst<Voorvertoning>.Ongeldig(blad.Fouten
                .GroupBy(f => $"bestand!{BladFout.Kolomletter(f.Kolom)}{f.Rij}")
                .ToDictionary(g => g.Key, g => string.Join(" ", g.Select(f => f.ToString()))));
        }
        var huidig = (await store.ListAsync(scope, ct).ConfigureAwait(false)).FirstOrDefault(b => b.Budget.Domein == gekozen);
        var voorstel = new Importvoorstel(Guid.NewGuid().ToString("N"), gekozen, blad.Jaren, blad.Posten, huidig?.ETag,
            Path.GetFileName(bestandsnaam ?? "") is { Length: > 0 and <= 200 } naam ? naam : "budget", time.GetUtcNow(), actor.AuditNaam);
        await store.BewaarVoorstelAsync(scope, voorstel, ct).ConfigureAwait(false);
        return new Voorvertoning(voorstel, Budgetwijziging.Tussen(huidig?.Budget, blad.Jaren, blad.Posten), huidig?.Budget.Status);
    }

    public async Task<Uitkomst<Voorvertoning>> LeesImportAsync(Actor actor, GemeenteId gemeente, string importId, CancellationToken ct)
    {
        if (AccessPolicy.Beslis(actor, Actie.BudgetBeheren, gemeente) is not Besluit.Toegestaan { Scope: var scope })
            return await WeigerAsync<Voorvertoning>(actor, gemeente, Actie.BudgetBeheren, "budgetimport bekijken", ct).ConfigureAwait(false);
        if (!IsImportId(importId) || await store.LeesVoorstelAsync(scope, importId, ct).ConfigureAwait(false) is not { } voorstel)
            return new Uitkomst<Voorvertoning>.NietGevonden();
        var huidig = (await store.ListAsync(scope, ct).ConfigureAwait(false)).FirstOrDefault(b => b.Budget.Domein == voorstel.Domein);
        return new Voorvertoning(voorstel, Budgetwijziging.Tussen(huidig?.Budget, voorstel.Jaren, voorstel.Posten), huidig?.Budget.Status);
    }

    public async Task<Uitkomst<BudgetVersie>> PasImportToeAsync(
        Actor actor, GemeenteId gemeente, string importId, string? versie, string? reden, CancellationToken ct)
    {
        if (AccessPolicy.Beslis(actor, Actie.BudgetBeheren, gemeente) is not Besluit.Toegestaan { Scope: var scope })
            return await WeigerAsync<BudgetVersie>(actor, gemeente, Actie.BudgetBeheren, "budgetimport toepassen", ct).ConfigureAwait(false);
        if (!IsImportId(importId) || await store.LeesVoorstelAsync(scope, importId, ct).ConfigureAwait(false) is not { } voorstel)
            return new Uitkomst<BudgetVersie>.NietGevonden();
        if (voorstel.Op + Importvoorstel.Geldig < time.GetUtcNow())
            return new Uitkomst<BudgetVersie>.Conflict("Deze voorvertoning is ouder dan een dag. Laad het bestand opnieuw om te zien wat er nu verandert.");
        if (versie?.Trim().Trim('"') != voorstel.Versie)
            return new Uitkomst<BudgetVersie>.Conflict("Stuur de versie van de voorvertoning mee (If-Match), zodat alleen wordt toegepast wat u heeft gezien.", Verouderd: true);
        var budgetten = await store.ListAsync(scope, ct).ConfigureAwait(false);
        var huidig = budgetten.FirstOrDefault(b => b.Budget.Domein == voorstel.Domein);
        if (huidig?.ETag != voorstel.Basis)
            return Verouderd();
        var toelichting = reden?.Trim() ?? "";
        if (huidig?.Budget.Status == BudgetStatus.Vastgesteld && toelichting.Length == 0)
            return Weigeringen.Ongeldig<BudgetVersie>("reden", "Dit budget is vastgesteld. Geef de reden van de wijziging, bijvoorbeeld het raadsbesluit over de begrotingswijziging.");
        if (toelichting.Length > 1000)
            return Weigeringen.Ongeldig<BudgetVersie>("reden", "De reden is hoogstens 1000 tekens.");
        var nieuw = new Budget(gemeente, voorstel.Domein, voorstel.Jaren, voorstel.Posten, $"Import {voorstel.Bestandsnaam}", huidig?.Budget.Status ?? BudgetStatus.Concept);
        var audit = Event(actor, $"Budget {Naam(voorstel.Domein)} {(huidig is null ? "aangemaakt" : "gewijzigd")} met import van {voorstel.Bestandsnaam}",
            gemeente, voorstel.Domein, huidig?.Budget, new { reden = toelichting.Length > 0 ? toelichting : null, budget = nieuw });
        var (uitkomst, etag) = await store.PasToeAsync(scope, voorstel, nieuw, huidig?.Budget.Posten.Count ?? 0, audit, ct).ConfigureAwait(false);
        return uitkomst switch
        {
            ImportToepassing.Toegepast => new BudgetVersie(nieuw, etag!.Value),
            ImportToepassing.Verdwenen => new Uitkomst<BudgetVersie>.Conflict("Deze voorvertoning is al toegepast."),
            _ => Verouderd(),
        };
    }

    private static Uitkomst<BudgetVersie>.Conflict Verouderd() =>
        new("Het budget is na de voorvertoning gewijzigd. Laad het bestand opnieuw om te zien wat er nu verandert.", Verouderd: true);

    private static bool IsImportId(string? id) => id is { Length: 32 } && id.All(char.IsAsciiHexDigitLower);
}
