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
/// The first step of importing a budget sheet: read and check the sheet, compare it with the stored budget and keep it as
/// a pending import. It changes nothing else; <see cref="ImportToepassen"/> applies it.
/// </summary>
public sealed class ImportVoorvertonen(BudgetPoort poort, BudgetStore store, TimeProvider time)
{
    public async Task<Uitkomst<Voorvertoning>> PreviewAsync(
        Actor actor, GemeenteId gemeente, string? domein, string? bestandsnaam, byte[]? inhoud, CancellationToken ct)
    {
        var open = await poort.OpenAsync(actor, gemeente, Actie.BudgetBeheren, $"budget:{gemeente} budget importeren", ct).ConfigureAwait(false);
        if (!open.TryGet(out var scope))
            return open.RefusalAs<Voorvertoning>();
        if (Budgetdomein.Parse(domein) is not { } gekozen)
            return Weigeringen.Ongeldig<Voorvertoning>("domein", Budgetdomein.Fout);
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
        var voorstel = new Importvoorstel(Guid.NewGuid().ToString("N"), gekozen, blad.Jaren, blad.Posten, huidig?.Versie,
            Path.GetFileName(bestandsnaam ?? "") is { Length: > 0 and <= 200 } naam ? naam : "budget", time.GetUtcNow(), actor.AuditNaam);
        await store.SaveVoorstelAsync(scope, voorstel, ct).ConfigureAwait(false);
        return new Voorvertoning(voorstel, Budgetwijziging.Tussen(huidig?.Budget, blad.Jaren, blad.Posten), huidig?.Budget.Status);
    }

    /// <summary>An earlier preview again, compared with the budget as it is now.</summary>
    public async Task<Uitkomst<Voorvertoning>> GetAsync(Actor actor, GemeenteId gemeente, string importId, CancellationToken ct)
    {
        var open = await poort.OpenAsync(actor, gemeente, Actie.BudgetBeheren, $"budget:{gemeente} budgetimport bekijken", ct).ConfigureAwait(false);
        if (!open.TryGet(out var scope))
            return open.RefusalAs<Voorvertoning>();
        if (!Importvoorstel.IsId(importId) || await store.GetVoorstelAsync(scope, importId, ct).ConfigureAwait(false) is not { } voorstel)
            return new Uitkomst<Voorvertoning>.NietGevonden();
        var huidig = (await store.ListAsync(scope, ct).ConfigureAwait(false)).FirstOrDefault(b => b.Budget.Domein == voorstel.Domein);
        return new Voorvertoning(voorstel, Budgetwijziging.Tussen(huidig?.Budget, voorstel.Jaren, voorstel.Posten), huidig?.Budget.Status);
    }
}
