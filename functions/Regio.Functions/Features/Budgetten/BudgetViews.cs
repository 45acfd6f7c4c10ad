using Regio.Domain.Budgetten;
using Regio.Platform.Budgetten;

namespace Regio.Functions.Features.Budgetten;

/// <summary>A gemeente's budgets and its shares, as <c>GET /api/gemeenten/{gemeenteId}/budget</c> answers. Amounts in whole euros.</summary>
public sealed record BudgetOverzichtView(string Gemeente, IReadOnlyList<BudgetView> Budgetten, IReadOnlyList<AandeelView> Aandelen)
{
    public static BudgetOverzichtView From(BudgetOverzicht overzicht, Domein? domein, int? jaar) => new(
        overzicht.Gemeente.Value,
        overzicht.Budgetten.Where(b => domein is null || b.Budget.Domein == domein).Select(b => BudgetView.From(b, jaar, overzicht)).ToList(),
        overzicht.Aandelen.Where(a => domein is null || a.Domein == domein).Select(a => AandeelView.From(a, overzicht, jaar)).ToList());
}

/// <summary>One domain's budget: its posts per year and the total per year; <c>eTag</c> is what a vaststelling or a change sends back.</summary>
public sealed record BudgetView(string Domein, string Status, string ETag, string Bron, IReadOnlyList<int> Jaren, IReadOnlyList<PostView> Posten, IReadOnlyList<JaarBedrag> Totalen)
{
    public static BudgetView From(BudgetVersie versie, int? jaar, BudgetOverzicht? overzicht = null)
    {
        var budget = versie.Budget;
        var jaren = budget.Jaren.Where(j => jaar is null || j == jaar).ToList();
        return new(budget.Domein.ToString().ToLowerInvariant(), budget.Status.ToString(), versie.Versie.ToString(), budget.Bron, jaren,
            budget.Posten.Select(p => PostView.From(budget, p, jaren, overzicht)).ToList(),
            jaren.Select(j => new JaarBedrag(j, budget.TotaalIn(j)!.Value)).ToList());
    }
}

/// <summary>
/// A post per year; where the gemeente pays shares of shared percelen from it, <c>aandelen</c> is their sum per year and
/// <c>ruimte</c> what is left of the post (null otherwise).
/// </summary>
public sealed record PostView(string Naam, bool Taakstelling, IReadOnlyList<long> Bedragen, IReadOnlyList<long>? Aandelen = null, IReadOnlyList<long>? Ruimte = null)
{
    public static PostView From(Budget budget, Post post, IReadOnlyList<int> jaren, BudgetOverzicht? overzicht)
    {
        var bedragen = jaren.Select(j => budget.BedragIn(post, j)!.Value).ToList();
        var tenLaste = overzicht?.AandelenTenLasteVan(budget.Domein, post) ?? [];
        return tenLaste.Count == 0
            ? new(post.Naam, post.IsTaakstelling, bedragen)
            : new(post.Naam, post.IsTaakstelling, bedragen, jaren.Select(j => tenLaste.Sum(a => a.BedragIn(j) ?? 0)).ToList(),
                jaren.Select(j => overzicht!.RuimteOpPost(budget.Domein, post, j)!.Value).ToList());
    }
}

public sealed record JaarBedrag(int Jaar, long Bedrag);

/// <summary>
/// The gemeente's share of a shared perceel per year, beside its budget: what is left of the domain after all shares,
/// and the post the gemeente pays it from (null until it chooses one) with what is left of that post.
/// </summary>
public sealed record AandeelView(
    string TrajectId, string TrajectNaam, int Perceel, string PerceelNaam, string? Domein, string Sleutel, PostKeuzeView? Post, IReadOnlyList<AandeelJaarView> Jaren)
{
    public static AandeelView From(AandeelInPerceel aandeel, BudgetOverzicht overzicht, int? jaar)
    {
        var dekking = overzicht.DekkingVan(aandeel);
        var post = dekking is { } d && overzicht.PostBestaat(d.Dekking)
            ? overzicht.Budgetten.First(b => b.Budget.Domein == d.Dekking.Domein).Budget.Posten.First(p => d.Dekking.Is(d.Dekking.Domein, p))
            : null;
        return new(aandeel.Traject.Value, aandeel.TrajectNaam, aandeel.Perceel, aandeel.PerceelNaam, aandeel.Domein?.ToString().ToLowerInvariant(), aandeel.Sleutel,
            dekking is { } k ? new PostKeuzeView(k.Dekking.Domein.ToString().ToLowerInvariant(), k.Dekking.Post, post is not null, k.Versie.ToString()) : null,
            aandeel.Jaren.Select((j, i) => (j, i)).Where(x => jaar is null || x.j == jaar).Select(x => new AandeelJaarView(
                x.j, aandeel.Bedragen[x.i], aandeel.Afronding[x.i],
                overzicht.Budgetten.FirstOrDefault(b => b.Budget.Domein == aandeel.Domein)?.Budget.TotaalIn(x.j), overzicht.RuimteIn(aandeel.Domein, x.j),
                post is null ? null : overzicht.RuimteOpPost(dekking!.Value.Dekking.Domein, post, x.j))).ToList());
    }
}

/// <summary>The post a share is paid from; <c>bestaat</c> is false when an import removed it. Change it with If-Match: <c>eTag</c>.</summary>
public sealed record PostKeuzeView(string Domein, string Naam, bool Bestaat, string ETag);

/// <summary><c>ruimte</c>: the domain after all shares; <c>postRuimte</c>: the chosen post after the shares charged to it.</summary>
public sealed record AandeelJaarView(int Jaar, long Aandeel, long Afronding, long? Budget, long? Ruimte, long? PostRuimte);

/// <summary>The preview of an import: per post and year what it had and would get. Apply with If-Match: <c>versie</c>.</summary>
public sealed record VoorvertoningView(
    string ImportId, string Versie, string Domein, string Bestandsnaam, bool RedenNodig, bool HeeftWijzigingen,
    int Toegevoegd, int Gewijzigd, int Verwijderd, IReadOnlyList<int> Jaren, IReadOnlyList<PostWijzigingView> Posten,
    IReadOnlyList<long?> TotaalVoor, IReadOnlyList<long?> TotaalNa)
{
    public static VoorvertoningView From(Voorvertoning v)
    {
        var w = v.Wijziging;
        return new(v.Voorstel.Id, v.Voorstel.Versie, v.Voorstel.Domein.ToString().ToLowerInvariant(), v.Voorstel.Bestandsnaam, v.RedenNodig, w.HeeftWijzigingen,
            w.Aantal(Wijzigingsoort.Toegevoegd), w.Aantal(Wijzigingsoort.Gewijzigd), w.Aantal(Wijzigingsoort.Verwijderd), w.Jaren,
            w.Posten.Select(p => new PostWijzigingView(p.Naam, p.Soort.ToString(), p.Voor, p.Na)).ToList(), w.TotaalVoor, w.TotaalNa);
    }
}

public sealed record PostWijzigingView(string Naam, string Soort, IReadOnlyList<long?> Voor, IReadOnlyList<long?> Na);

/// <summary>Applying a previewed import; <c>reden</c> is required when the budget is vastgesteld.</summary>
public sealed record ToepassenRequest(string? Reden);
