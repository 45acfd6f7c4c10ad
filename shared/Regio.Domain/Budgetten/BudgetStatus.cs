namespace Regio.Domain.Budgetten;

/// <summary>
/// Whether the council's budget is set. A vastgesteld budget still changes (a begrotingswijziging), but every change
/// then needs a reason, which the audit chain keeps.
/// </summary>
public enum BudgetStatus
{
    Concept,
    Vastgesteld,
}
