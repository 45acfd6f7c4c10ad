using System.Globalization;
using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Domain.Regiostatus;
using Regio.Domain.Trajecten;
using Regio.Platform.Budgetten;
using Regio.Platform.Regios;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Regiostatus;

/// <summary>
/// The status as one reader may see it on <see cref="Peildatum"/>. <see cref="Gemeente"/> is null for the regio
/// coordinator (every gemeente's share per perceel) and the reader's own gemeente otherwise (its own share beside its
/// own budget); never both.
/// </summary>
public sealed record Statusoverzicht(Domain.Regios.Regio Regio, DateOnly Peildatum, Statusfilter Filter, GemeenteId? Gemeente, IReadOnlyList<Trajectstatus> Trajecten);

/// <summary>
/// "Where are we?" for everything the regio buys together. Who sees which trajecten comes from <see cref="AccessPolicy"/>.
/// The coordinator's answer is built from the regio's partition only (status rows and verdelingen), so nothing of a
/// gemeente's own budget or lokale keuzes can be in it; a gemeente's also reads its own status rows and, with its own
/// scope, its own budget. Round trips: the regio, then side by side one range per partition read and the budget's own
/// reads, whatever the number of trajecten (see <see cref="Statusprojectie"/> for the page limit).
/// </summary>
public sealed class RegiostatusQuery(
    RegioStore regios, Statusprojectie projectie, VerdelingStore verdelingen, BudgetBekijken budgetten, IContractbron contracten, Toegangspoort toegangspoort, TimeProvider time)
{
    private static readonly StringComparer Naamvolgorde = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true);

    public async Task<Uitkomst<Statusoverzicht>> ReadAsync(Actor actor, RegioId regioId, string? domein, string? fase, string? gemeente, CancellationToken ct)
    {
        var regio = await regios.GetAsync(regioId, ct).ConfigureAwait(false);
        var besluit = regio is null ? new Besluit.NietGevonden() : AccessPolicy.Beslis(actor, Actie.RegiostatusBekijken, regio);
        if (besluit is not Besluit.Toegestaan { Scope: var scope })
        {
            return await toegangspoort.WeigerAsync<Statusoverzicht>(actor, $"regio:{regioId} status bekijken", besluit, ct).ConfigureAwait(false);
        }
        var (filter, fouten) = Statusfilters.Lees(regio!, domein, fase, gemeente);
        if (fouten.Count > 0)
        {
            return new Uitkomst<Statusoverzicht>.Ongeldig(fouten);
        }
        var vandaag = time.Vandaag();
        GemeenteId? eigen = scope.Organisatie.Value == regio!.Id.Value ? null : new GemeenteId(scope.Organisatie.Value);
        var regioRijen = projectie.ReadAsync(new Eigenaar.DeRegio(regio.Id), ct);
        var eigenRijen = eigen is { } g1 ? projectie.ReadAsync(new Eigenaar.EenGemeente(g1), ct) : Task.FromResult<IReadOnlyList<Statusrij>>([]);
        var verdeling = eigen is null
            ? verdelingen.ListVoorRegioAsync(scope, regio.Id, ct)
            : Task.FromResult<IReadOnlyDictionary<(TrajectId Traject, int Perceel), Verdeling>>(new Dictionary<(TrajectId, int), Verdeling>());
        var budget = eigen is { } g2 ? budgetten.GetAsync(actor, g2, ct) : Task.FromResult<Uitkomst<BudgetOverzicht>>(new Uitkomst<BudgetOverzicht>.NietGevonden());
        await Task.WhenAll(regioRijen, eigenRijen, verdeling, budget).ConfigureAwait(false);

        var rijen = (await regioRijen.ConfigureAwait(false)).Concat(await eigenRijen.ConfigureAwait(false))
            .Where(r => AccessPolicy.InRegiostatus(actor, scope, r.Traject, vandaag))
            .ToList();
        var momenten = await contracten.ListMomentenAsync([.. rijen.Select(r => r.Traject)], vandaag, ct).ConfigureAwait(false);
        var gedeeld = await verdeling.ConfigureAwait(false);
        var eigenBudget = await budget.ConfigureAwait(false) is Uitkomst<BudgetOverzicht>.Gelukt b ? b.Waarde : null;
        var statussen = rijen
            .Select(r => Trajectstatus.Bereken(r.Traject, r.Tellingen, momenten.TryGetValue(r.Traject.Id, out var m) ? m : [], vandaag))
            .Select(s => s with
            {
                Percelen = [.. s.Percelen.Select(p => p with
                {
                    Verdeling = gedeeld.TryGetValue((s.Id, p.Nummer), out var v) ? Perceelverdeling.Van(v) : null,
                    EigenAandeel = EigenAandelen.Van(eigenBudget, s.Id, p.Nummer),
                })],
            })
            .Select(filter.Pas)
            .OfType<Trajectstatus>()
            .OrderByDescending(s => s.IsRegionaal)
            .ThenBy(s => s.Naam, Naamvolgorde)
            .ToList();
        return new Statusoverzicht(regio, vandaag, filter, eigen, statussen);
    }
}
