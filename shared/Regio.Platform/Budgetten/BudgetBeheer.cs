using Azure;
using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Budgetten;

/// <summary>
/// A gemeente's budgets as its own people read them, with its shares of shared percelen beside them and, per share, the
/// post the gemeente pays it from (<see cref="Dekkingen"/>, each with the ETag a change must send back).
/// </summary>
public sealed record BudgetOverzicht(
    GemeenteId Gemeente, IReadOnlyList<BudgetVersie> Budgetten, IReadOnlyList<AandeelInPerceel> Aandelen, bool MagBeheren,
    IReadOnlyList<(Dekking Dekking, ETag ETag)> Dekkingen)
{
    /// <summary>
    /// What is left of the domain's budget in <paramref name="jaar"/> after all shares of shared percelen in that domain;
    /// null when the gemeente keeps no budget for that domain and year.
    /// </summary>
    public long? RuimteIn(Domein? domein, int jaar) =>
        Budgetten.FirstOrDefault(b => b.Budget.Domein == domein)?.Budget.TotaalIn(jaar) is { } totaal
            ? totaal - Aandelen.Where(a => a.Domein == domein).Sum(a => a.BedragIn(jaar) ?? 0)
            : null;

    public (Dekking Dekking, ETag ETag)? DekkingVan(AandeelInPerceel aandeel) =>
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

/// <summary>A budget file offered for download.</summary>
public sealed record Exportbestand(string Bestandsnaam, string ContentType, byte[] Inhoud);

/// <summary>
/// The use cases of a gemeente's budget: read it, export it, preview and apply an import, set it (vaststellen). Who may
/// do what comes from <see cref="AccessPolicy"/>; the import itself is in BudgetBeheer.Import.cs.
/// </summary>
public sealed partial class BudgetBeheer(BudgetStore store, Toegangspoort toegangspoort, TimeProvider time)
{
    public async Task<Uitkomst<BudgetOverzicht>> BekijkAsync(Actor actor, GemeenteId gemeente, CancellationToken ct)
    {
        if (AccessPolicy.Beslis(actor, Actie.BudgetBekijken, gemeente) is not Besluit.Toegestaan { Scope: var scope } )
            return await WeigerAsync<BudgetOverzicht>(actor, gemeente, Actie.BudgetBekijken, "budget bekijken", ct).ConfigureAwait(false);
        var budgetten = await store.ListAsync(scope, ct).ConfigureAwait(false);
        var aandelen = await store.AandelenAsync(scope, ct).ConfigureAwait(false);
        var dekkingen = await store.DekkingenAsync(scope, ct).ConfigureAwait(false);
        var magBeheren = AccessPolicy.Beslis(actor, Actie.BudgetBeheren, gemeente) is Besluit.Toegestaan;
        return new BudgetOverzicht(gemeente, budgetten, aandelen, magBeheren, dekkingen);
    }

    public async Task<Uitkomst<Exportbestand>> ExporteerAsync(Actor actor, GemeenteId gemeente, string? domein, string? formaat, CancellationToken ct)
    {
        if (AccessPolicy.Beslis(actor, Actie.BudgetBekijken, gemeente) is not Besluit.Toegestaan { Scope: var scope })
            return await WeigerAsync<Exportbestand>(actor, gemeente, Actie.BudgetBekijken, "budget exporteren", ct).ConfigureAwait(false);
        if (LeesDomein(domein) is not { } gekozen)
            return Weigeringen.Ongeldig<Exportbestand>("domein", DomeinFout);
        if (formaat is not ("xlsx" or "csv"))
            return Weigeringen.Ongeldig<Exportbestand>("formaat", "Kies het formaat xlsx (Excel) of csv.");
        if ((await store.ListAsync(scope, ct).ConfigureAwait(false)).FirstOrDefault(b => b.Budget.Domein == gekozen) is not { } versie)
            return new Uitkomst<Exportbestand>.NietGevonden();
        var naam = $"budget-{gemeente}-{gekozen.ToString().ToLowerInvariant()}.{formaat}";
        return formaat == "csv"
            ? new Exportbestand(naam, "text/csv; charset=utf-8", Budgetbestanden.AlsCsv(versie.Budget))
            : new Exportbestand(naam, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Budgetbestanden.AlsXlsx(versie.Budget));
    }

    /// <summary>Marks a domain's budget as set by the council; from then on every change needs a reason.</summary>
    public async Task<Uitkomst<BudgetVersie>> StelVastAsync(Actor actor, GemeenteId gemeente, string? domein, ETag expected, CancellationToken ct)
    {
        if (AccessPolicy.Beslis(actor, Actie.BudgetBeheren, gemeente) is not Besluit.Toegestaan { Scope: var scope })
            return await WeigerAsync<BudgetVersie>(actor, gemeente, Actie.BudgetBeheren, "budget vaststellen", ct).ConfigureAwait(false);
        if (LeesDomein(domein) is not { } gekozen)
            return Weigeringen.Ongeldig<BudgetVersie>("domein", DomeinFout);
        if ((await store.ListAsync(scope, ct).ConfigureAwait(false)).FirstOrDefault(b => b.Budget.Domein == gekozen) is not { } versie)
            return new Uitkomst<BudgetVersie>.NietGevonden();
        if (versie.Budget.Status == BudgetStatus.Vastgesteld)
            return new Uitkomst<BudgetVersie>.Conflict($"Het budget {Naam(gekozen)} is al vastgesteld.");
        var vastgesteld = versie.Budget with { Status = BudgetStatus.Vastgesteld };
        var audit = Event(actor, $"Budget {Naam(gekozen)} vastgesteld", gemeente, gekozen, new { status = versie.Budget.Status }, new { status = vastgesteld.Status });
        return await store.ZetStatusAsync(scope, vastgesteld, expected, audit, ct).ConfigureAwait(false) is { } etag
            ? new BudgetVersie(vastgesteld, etag)
            : new Uitkomst<BudgetVersie>.Conflict("Iemand anders heeft dit budget intussen gewijzigd. Lees het opnieuw en probeer het nog eens.", Verouderd: true);
    }

    public const string DomeinFout = "Kies het domein: jeugd, wmo of socialebasis.";

    public static Domein? LeesDomein(string? domein) =>
        Enum.TryParse<Domein>(domein, ignoreCase: true, out var d) && Enum.IsDefined(d) && !int.TryParse(domein, out _) ? d : null;

    public static string Naam(Domein domein) => domein switch
    {
        Domein.Jeugd => "Jeugd",
        Domein.Wmo => "Wmo",
        Domein.SocialeBasis => "Sociale basis",
        _ => domein.ToString(),
    };

    private Task<Uitkomst<T>> WeigerAsync<T>(Actor actor, GemeenteId gemeente, Actie actie, string wat, CancellationToken ct) =>
        toegangspoort.WeigerAsync<T>(actor, $"budget:{gemeente} {wat}", AccessPolicy.Beslis(actor, actie, gemeente), ct);

    private AuditEvent Event(Actor actor, string actie, GemeenteId gemeente, Domein domein, object? voor, object? na) =>
        new(time.GetUtcNow(), actor.AuditNaam, actie, $"budget:{gemeente}:{domein.ToString().ToLowerInvariant()}",
            voor is null ? null : Json.Write(voor), na is null ? null : Json.Write(na));
}
