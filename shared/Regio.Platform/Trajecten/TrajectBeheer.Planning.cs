using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Planning;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten;

/// <summary>Planning milestones, moving them with a reason, and recording when they happened.</summary>
public sealed partial class TrajectBeheer
{
    public Task<Uitkomst<TrajectVersie>> PlanAsync(
        Actor actor, TrajectId id, MijlpaalSoort soort, string? omschrijving, DateOnly datum, Versie expected, CancellationToken ct) =>
        Enum.IsDefined(soort)
            ? WijzigPlanningAsync(actor, id, "Mijlpaal gepland", expected, (planning, nu) => planning.Plan(soort, omschrijving ?? "", datum, actor.Naam, nu), ct)
            : Task.FromResult<Uitkomst<TrajectVersie>>(Ongeldig("soort", $"Kies een soort mijlpaal: {string.Join(", ", Enum.GetNames<MijlpaalSoort>())}."));

    public Task<Uitkomst<TrajectVersie>> VerschuifAsync(
        Actor actor, TrajectId id, MijlpaalId mijlpaal, DateOnly nieuweDatum, string? reden, Versie expected, CancellationToken ct) =>
        WijzigPlanningAsync(actor, id, "Mijlpaal verschoven", expected,
            (planning, nu) => planning.Verschuif(mijlpaal, nieuweDatum, actor.Naam, nu, reden ?? ""), ct);

    public Task<Uitkomst<TrajectVersie>> RealiseerAsync(
        Actor actor, TrajectId id, MijlpaalId mijlpaal, DateOnly werkelijkeDatum, Versie expected, CancellationToken ct) =>
        WijzigPlanningAsync(actor, id, "Mijlpaal gerealiseerd", expected,
            (planning, nu) => planning.LegVast(mijlpaal, werkelijkeDatum, actor.Naam, nu, time.Vandaag()), ct);

    private async Task<Uitkomst<TrajectVersie>> WijzigPlanningAsync(
        Actor actor, TrajectId id, string actie, Versie expected, Func<Mijlpaalplanning, DateTimeOffset, PlanningUitkomst> wijziging, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, Actie.TrajectBeheren, actie.ToLowerInvariant(), ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var gelezen))
        {
            return toegang;
        }
        var traject = gelezen.Traject;
        switch (wijziging(traject.Planning, time.GetUtcNow()))
        {
            case PlanningUitkomst.Bijgewerkt b:
                var voor = traject.Planning.Zoek(b.Mijlpaal.Id);
                var audit = Event(actor, $"{actie}: {b.Mijlpaal.Omschrijving}", id, voor is null ? null : Json.Write(voor), Json.Write(b.Mijlpaal));
                return await SlaOpAsync(gelezen, traject with { Mijlpalen = b.Planning.Mijlpalen }, expected, audit, ct).ConfigureAwait(false);
            case PlanningUitkomst.Geweigerd { Weigering: PlanningWeigering.OnbekendeMijlpaal o }:
                return Ongeldig("mijlpaal", o.Melding);
            case PlanningUitkomst.Geweigerd { Weigering: PlanningWeigering.GeenOmschrijving or PlanningWeigering.GeenReden } g:
                return Ongeldig(g.Weigering is PlanningWeigering.GeenReden ? "reden" : "omschrijving", g.Weigering.Melding);
            case PlanningUitkomst.Geweigerd g:
                return new Uitkomst<TrajectVersie>.Conflict(g.Weigering.Melding, Code: g.Weigering.Code);
            default:
                throw new InvalidOperationException("Onbekende uitkomst van de planning.");
        }
    }
}
