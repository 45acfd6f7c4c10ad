using Azure;
using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Budgetten;

/// <summary>
/// Changes made by hand: one budget line (an amount, a new post, a post removed), and the post a share of a shared
/// perceel is paid from. Both are the budgethouder's, both are audited in the gemeente's own chain.
/// </summary>
public sealed partial class BudgetBeheer
{
    public const string RedenNodig = "Dit budget is vastgesteld. Geef de reden van de wijziging, bijvoorbeeld het raadsbesluit over de begrotingswijziging.";

    public async Task<Uitkomst<BudgetVersie>> WijzigRegelAsync(
        Actor actor, GemeenteId gemeente, string? domein, Budgetregel regel, ETag expected, string? reden, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(regel);
        if (AccessPolicy.Beslis(actor, Actie.BudgetBeheren, gemeente) is not Besluit.Toegestaan { Scope: var scope })
            return await WeigerAsync<BudgetVersie>(actor, gemeente, Actie.BudgetBeheren, "budgetregel wijzigen", ct).ConfigureAwait(false);
        if (LeesDomein(domein) is not { } gekozen)
            return Weigeringen.Ongeldig<BudgetVersie>("domein", DomeinFout);
        if ((await store.ListAsync(scope, ct).ConfigureAwait(false)).FirstOrDefault(b => b.Budget.Domein == gekozen) is not { } huidig)
            return new Uitkomst<BudgetVersie>.NietGevonden();
        var (nieuw, fouten) = regel.PasToe(huidig.Budget);
        var toelichting = reden?.Trim() ?? "";
        var alle = fouten.ToDictionary();
        if (huidig.Budget.Status == BudgetStatus.Vastgesteld && toelichting.Length == 0)
            alle["reden"] = RedenNodig;
        else if (toelichting.Length > 1000)
            alle["reden"] = "De reden is hoogstens 1000 tekens.";
        if (alle.Count > 0)
            return new Uitkomst<BudgetVersie>.Ongeldig(alle);
        if (huidig.ETag != expected)
            return new Uitkomst<BudgetVersie>.Conflict("Iemand anders heeft dit budget intussen gewijzigd. Lees het opnieuw en probeer het nog eens.", Verouderd: true);
        var naam = regel.Post.Trim();
        var audit = Event(actor, $"Budget {Naam(gekozen)}: {Omschrijving(regel, naam)}", gemeente, gekozen,
            new { posten = huidig.Budget.Posten }, new { reden = toelichting.Length > 0 ? toelichting : null, posten = nieuw!.Posten });
        return await store.VervangAsync(scope, nieuw, huidig.Budget.Posten.Count, expected, audit, ct).ConfigureAwait(false) is { } etag
            ? new BudgetVersie(nieuw, etag)
            : new Uitkomst<BudgetVersie>.Conflict("Iemand anders heeft dit budget intussen gewijzigd. Lees het opnieuw en probeer het nog eens.", Verouderd: true);
    }

    /// <summary>
    /// Charges the gemeente's share of a shared perceel to one of its own posts (<paramref name="post"/>), or clears that
    /// choice (null). The post must be in the budget of the share's domain. A choice that exists is changed only with
    /// the ETag it was read with.
    /// </summary>
    public async Task<Uitkomst<BudgetOverzicht>> KiesPostAsync(
        Actor actor, GemeenteId gemeente, TrajectId traject, int perceel, string? domein, string? post, ETag? expected, CancellationToken ct)
    {
        if (AccessPolicy.Beslis(actor, Actie.BudgetBeheren, gemeente) is not Besluit.Toegestaan { Scope: var scope })
            return await WeigerAsync<BudgetOverzicht>(actor, gemeente, Actie.BudgetBeheren, $"post van aandeel {traject}/{perceel} kiezen", ct).ConfigureAwait(false);
        if (await BekijkAsync(actor, gemeente, ct).ConfigureAwait(false) is not Uitkomst<BudgetOverzicht>.Gelukt { Waarde: var overzicht })
            return new Uitkomst<BudgetOverzicht>.NietGevonden();
        if (overzicht.Aandelen.FirstOrDefault(a => a.Traject == traject && a.Perceel == perceel) is not { } aandeel)
            return new Uitkomst<BudgetOverzicht>.NietGevonden();
        var oud = overzicht.DekkingVan(aandeel);
        var gekozenDomein = aandeel.Domein ?? LeesDomein(domein);
        Dekking? nieuw = null;
        if (!string.IsNullOrWhiteSpace(post))
        {
            if (gekozenDomein is not { } d)
                return Weigeringen.Ongeldig<BudgetOverzicht>("domein", DomeinFout);
            if (aandeel.Domein is { } eigen && LeesDomein(domein) is { } gevraagd && gevraagd != eigen)
                return Weigeringen.Ongeldig<BudgetOverzicht>("domein", $"Dit perceel hoort bij {Naam(eigen)}; kies een post uit het budget {Naam(eigen)}.");
            var posten = overzicht.Budgetten.FirstOrDefault(b => b.Budget.Domein == d)?.Budget.Posten ?? [];
            if (posten.FirstOrDefault(p => string.Equals(p.Naam, post.Trim(), StringComparison.OrdinalIgnoreCase)) is not { } gevonden)
                return Weigeringen.Ongeldig<BudgetOverzicht>("post", $"Het budget {Naam(d)} heeft geen post '{post.Trim()}'. Kies een post uit de lijst.");
            nieuw = new Dekking(traject, perceel, d, gevonden.Naam);
        }
        if (oud is not null && expected is null)
            return new Uitkomst<BudgetOverzicht>.Conflict("Voor dit aandeel is al een post gekozen. Stuur de ETag mee die u las (If-Match), zodat u niets overschrijft.", Verouderd: true);
        if (oud is null && nieuw is null)
            return overzicht;
        var actie = nieuw is null
            ? $"Aandeel in {aandeel.TrajectNaam}, perceel {perceel}, staat niet meer ten laste van een post"
            : $"Aandeel in {aandeel.TrajectNaam}, perceel {perceel}, ten laste van post '{nieuw.Post}' ({Naam(nieuw.Domein)})";
        var audit = new AuditEvent(time.GetUtcNow(), actor.AuditNaam, actie, $"aandeel:{gemeente}:{traject}:{perceel}",
            oud is { } o ? Json.Write(o.Dekking) : null, nieuw is null ? null : Json.Write(nieuw));
        if (await store.SchrijfDekkingAsync(scope, traject, perceel, nieuw, oud is null ? null : expected, audit, ct).ConfigureAwait(false) is null)
            return new Uitkomst<BudgetOverzicht>.Conflict("Iemand anders heeft de post van dit aandeel intussen gewijzigd. Lees het budget opnieuw en probeer het nog eens.", Verouderd: true);
        return await BekijkAsync(actor, gemeente, ct).ConfigureAwait(false);
    }

    private static string Omschrijving(Budgetregel regel, string naam) => regel switch
    {
        Budgetregel.BedragWijzigen b => $"bedrag van post '{naam}' in {b.Jaar} gewijzigd in € {Bedrag.AlsEuro(b.Euro)}",
        Budgetregel.PostToevoegen => $"post '{naam}' toegevoegd",
        _ => $"post '{naam}' verwijderd",
    };
}
