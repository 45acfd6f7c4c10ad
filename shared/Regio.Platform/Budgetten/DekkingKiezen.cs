using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Budgetten;

/// <summary>
/// The budgethouder charges the gemeente's share of a shared perceel to one of its own posts, or clears that choice; the
/// choice is audited in the gemeente's own chain. The answer is the budget as <see cref="BudgetBekijken"/> reads it then.
/// </summary>
public sealed class DekkingKiezen(BudgetPoort poort, BudgetBekijken bekijken, BudgetStore store, TimeProvider time)
{
    /// <summary>
    /// Charges the share to <paramref name="post"/>, or clears the choice (null). The post must be in the budget of the
    /// share's domain. A choice that exists is changed only in the version it was read in (<paramref name="gelezen"/>).
    /// </summary>
    public async Task<Uitkomst<BudgetOverzicht>> ChooseAsync(
        Actor actor, GemeenteId gemeente, TrajectId traject, int perceel, string? domein, string? post, Versie? gelezen, CancellationToken ct)
    {
        var open = await poort.OpenAsync(actor, gemeente, Actie.BudgetBeheren, $"budget:{gemeente} post van aandeel {traject}/{perceel} kiezen", ct).ConfigureAwait(false);
        if (!open.TryGet(out var scope))
            return open.RefusalAs<BudgetOverzicht>();
        if (await bekijken.GetAsync(actor, gemeente, ct).ConfigureAwait(false) is not Uitkomst<BudgetOverzicht>.Gelukt { Waarde: var overzicht })
            return new Uitkomst<BudgetOverzicht>.NietGevonden();
        if (overzicht.Aandelen.FirstOrDefault(a => a.Traject == traject && a.Perceel == perceel) is not { } aandeel)
            return new Uitkomst<BudgetOverzicht>.NietGevonden();
        var oud = overzicht.DekkingVan(aandeel);
        var gekozenDomein = aandeel.Domein ?? Budgetdomein.Parse(domein);
        Dekking? nieuw = null;
        if (!string.IsNullOrWhiteSpace(post))
        {
            if (gekozenDomein is not { } d)
                return Weigeringen.Ongeldig<BudgetOverzicht>("domein", Budgetdomein.Fout);
            if (aandeel.Domein is { } eigen && Budgetdomein.Parse(domein) is { } gevraagd && gevraagd != eigen)
                return Weigeringen.Ongeldig<BudgetOverzicht>("domein", $"Dit perceel hoort bij {Budgetdomein.Naam(eigen)}; kies een post uit het budget {Budgetdomein.Naam(eigen)}.");
            var posten = overzicht.Budgetten.FirstOrDefault(b => b.Budget.Domein == d)?.Budget.Posten ?? [];
            if (posten.FirstOrDefault(p => string.Equals(p.Naam, post.Trim(), StringComparison.OrdinalIgnoreCase)) is not { } gevonden)
                return Weigeringen.Ongeldig<BudgetOverzicht>("post", $"Het budget {Budgetdomein.Naam(d)} heeft geen post '{post.Trim()}'. Kies een post uit de lijst.");
            nieuw = new Dekking(traject, perceel, d, gevonden.Naam);
        }
        if (oud is not null && gelezen is null)
            return new Uitkomst<BudgetOverzicht>.Conflict("Voor dit aandeel is al een post gekozen. Stuur de ETag mee die u las (If-Match), zodat u niets overschrijft.", Verouderd: true);
        if (oud is null && nieuw is null)
            return overzicht;
        var actie = nieuw is null
            ? $"Aandeel in {aandeel.TrajectNaam}, perceel {perceel}, staat niet meer ten laste van een post"
            : $"Aandeel in {aandeel.TrajectNaam}, perceel {perceel}, ten laste van post '{nieuw.Post}' ({Budgetdomein.Naam(nieuw.Domein)})";
        var audit = new AuditEvent(time.GetUtcNow(), actor.AuditNaam, actie, $"aandeel:{gemeente}:{traject}:{perceel}",
            oud is { } o ? Json.Write(o.Dekking) : null, nieuw is null ? null : Json.Write(nieuw));
        Azure.ETag? expected = oud is null ? null : gelezen!.Value.EnkeleETagOfOnbekend;
        if (await store.SaveDekkingAsync(scope, traject, perceel, nieuw, expected, audit, ct).ConfigureAwait(false) is null)
            return new Uitkomst<BudgetOverzicht>.Conflict("Iemand anders heeft de post van dit aandeel intussen gewijzigd. Lees het budget opnieuw en probeer het nog eens.", Verouderd: true);
        return await bekijken.GetAsync(actor, gemeente, ct).ConfigureAwait(false);
    }
}
