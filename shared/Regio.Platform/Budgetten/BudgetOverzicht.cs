using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Platform.Storage;

namespace Regio.Platform.Budgetten;

/// <summary>
/// A gemeente's budgets as its own people read them, with its shares of shared percelen beside them and, per share, the
/// post the gemeente pays it from (<see cref="Dekkingen"/>, each with the version a change must send back).
/// </summary>
public sealed record BudgetOverzicht(
    GemeenteId Gemeente, IReadOnlyList<BudgetVersie> Budgetten, IReadOnlyList<AandeelInPerceel> Aandelen, bool MagBeheren,
    IReadOnlyList<(Dekking Dekking, Versie Versie)> Dekkingen)
{
    /// <summary>
    /// What is left of the domain's budget in <paramref name="jaar"/> after all shares of shared percelen in that domain;
    /// null when the gemeente keeps no budget for that domain and year.
    /// </summary>
    public long? RuimteIn(Domein? domein, int jaar) =>
        Budgetten.FirstOrDefault(b => b.Budget.Domein == domein)?.Budget.TotaalIn(jaar) is { } totaal
            ? totaal - Aandelen.Where(a => a.Domein == domein).Sum(a => a.BedragIn(jaar) ?? 0)
            : null;

    public (Dekking Dekking, Versie Versie)? DekkingVan(AandeelInPerceel aandeel) =>
        Dekkingen.FirstOrDefault(d => d.Dekking.Betaalt(aandeel)) is { Dekking: not null } d ? d : null;

    /// <summary>The shares the gemeente chose to pay from this post.</summary>
    public IReadOnlyList<AandeelInPerceel> AandelenTenLasteVan(Domein domein, Post post) =>
        Aandelen.Where(a => DekkingVan(a) is { } d && d.Dekking.Is(domein, post)).ToList();

    /// <summary>The post's amount in <paramref name="jaar"/> minus the shares charged to it; null when the budget has no such year.</summary>
    public long? RuimteOpPost(Domein domein, Post post, int jaar) =>
        Budgetten.FirstOrDefault(b => b.Budget.Domein == domein)?.Budget.BedragIn(post, jaar) is { } bedrag
            ? bedrag - AandelenTenLasteVan(domein, post).Sum(a => a.BedragIn(jaar) ?? 0)
            : null;

    /// <summary>Whether the post a share is charged to still exists (an import can remove or rename it).</summary>
    public bool PostBestaat(Dekking dekking) =>
        dekking is not null && Budgetten.Any(b => b.Budget.Domein == dekking.Domein && b.Budget.Posten.Any(p => dekking.Is(dekking.Domein, p)));
}
