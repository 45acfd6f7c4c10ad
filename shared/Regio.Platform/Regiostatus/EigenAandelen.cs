using Regio.Domain.Budgetten;
using Regio.Domain.Regiostatus;
using Regio.Domain.Trajecten;
using Regio.Platform.Budgetten;

namespace Regio.Platform.Regiostatus;

/// <summary>
/// A gemeente's own share of a shared perceel beside its own budget, from its own budget overview (read with its own
/// scope by <see cref="BudgetBekijken"/>): the post it pays the share from when it chose one, else the domain's total.
/// </summary>
internal static class EigenAandelen
{
    public static EigenAandeel? Van(BudgetOverzicht? budget, TrajectId traject, int perceel)
    {
        if (budget?.Aandelen.FirstOrDefault(a => a.Traject == traject && a.Perceel == perceel) is not { } aandeel)
        {
            return null;
        }
        var dekking = budget.DekkingVan(aandeel) is { } d && budget.PostBestaat(d.Dekking) ? d.Dekking : null;
        var domeinBudget = budget.Budgetten.FirstOrDefault(b => b.Budget.Domein == aandeel.Domein)?.Budget;
        var post = dekking is null ? null : domeinBudget?.Posten.FirstOrDefault(p => dekking.Is(dekking.Domein, p));
        var jaren = aandeel.Jaren.Select((jaar, i) => post is not null && aandeel.Domein is { } domein
            ? new Jaarruimte(jaar, aandeel.Bedragen[i], domeinBudget!.BedragIn(post, jaar), budget.RuimteOpPost(domein, post, jaar))
            : new Jaarruimte(jaar, aandeel.Bedragen[i], domeinBudget?.TotaalIn(jaar), budget.RuimteIn(aandeel.Domein, jaar))).ToList();
        return new EigenAandeel(aandeel, post?.Naam, jaren);
    }
}
