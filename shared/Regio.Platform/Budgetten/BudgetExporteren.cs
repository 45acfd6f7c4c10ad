using Regio.Domain.Regios;
using Regio.Platform.Toegang;

namespace Regio.Platform.Budgetten;

/// <summary>A budget file offered for download.</summary>
public sealed record Exportbestand(string Bestandsnaam, string ContentType, byte[] Inhoud);

/// <summary>One domain's budget as an XLSX or CSV file, in the layout the import reads, for the gemeente's own people.</summary>
public sealed class BudgetExporteren(BudgetPoort poort, BudgetStore store)
{
    public async Task<Uitkomst<Exportbestand>> ExportAsync(Actor actor, GemeenteId gemeente, string? domein, string? formaat, CancellationToken ct)
    {
        var open = await poort.OpenAsync(actor, gemeente, Actie.BudgetBekijken, $"budget:{gemeente} budget exporteren", ct).ConfigureAwait(false);
        if (!open.TryGet(out var scope))
            return open.RefusalAs<Exportbestand>();
        if (Budgetdomein.Parse(domein) is not { } gekozen)
            return Weigeringen.Ongeldig<Exportbestand>("domein", Budgetdomein.Fout);
        if (formaat is not ("xlsx" or "csv"))
            return Weigeringen.Ongeldig<Exportbestand>("formaat", "Kies het formaat xlsx (Excel) of csv.");
        if ((await store.ListAsync(scope, ct).ConfigureAwait(false)).FirstOrDefault(b => b.Budget.Domein == gekozen) is not { } versie)
            return new Uitkomst<Exportbestand>.NietGevonden();
        var naam = $"budget-{gemeente}-{gekozen.ToString().ToLowerInvariant()}.{formaat}";
        return formaat == "csv"
            ? new Exportbestand(naam, "text/csv; charset=utf-8", Budgetbestanden.AlsCsv(versie.Budget))
            : new Exportbestand(naam, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Budgetbestanden.AlsXlsx(versie.Budget));
    }
}
