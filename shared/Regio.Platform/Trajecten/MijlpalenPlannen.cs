using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Planning;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten;

/// <summary>A traject's planning: planning a milestone, moving it with a reason, and recording when it happened.</summary>
public sealed class MijlpalenPlannen(TrajectPoort poort, Trajectopslag opslag, TimeProvider time)
{
    public Task<Uitkomst<TrajectVersie>> PlanAsync(
        Actor actor, TrajectId id, MijlpaalSoort soort, string? omschrijving, DateOnly datum, Versie expected, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Enum.IsDefined(soort)
            ? ChangeAsync(actor, id, "Mijlpaal gepland", expected, (planning, nu) => planning.Plan(soort, omschrijving ?? "", datum, actor.Naam, nu), ct)
            : Task.FromResult<Uitkomst<TrajectVersie>>(Trajectopslag.Ongeldig("soort", $"Kies een soort mijlpaal: {string.Join(", ", Enum.GetNames<MijlpaalSoort>())}."));
    }

    public Task<Uitkomst<TrajectVersie>> MoveAsync(
        Actor actor, TrajectId id, MijlpaalId mijlpaal, DateOnly nieuweDatum, string? reden, Versie expected, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ChangeAsync(actor, id, "Mijlpaal verschoven", expected, (planning, nu) => planning.Verschuif(mijlpaal, nieuweDatum, actor.Naam, nu, reden ?? ""), ct);
    }

    public Task<Uitkomst<TrajectVersie>> CompleteAsync(
        Actor actor, TrajectId id, MijlpaalId mijlpaal, DateOnly werkelijkeDatum, Versie expected, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ChangeAsync(actor, id, "Mijlpaal gerealiseerd", expected, (planning, nu) => planning.LegVast(mijlpaal, werkelijkeDatum, actor.Naam, nu, time.Vandaag()), ct);
    }

    private async Task<Uitkomst<TrajectVersie>> ChangeAsync(
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
                var audit = opslag.Event(actor, $"{actie}: {b.Mijlpaal.Omschrijving}", id, voor is null ? null : Json.Write(voor), Json.Write(b.Mijlpaal));
                return await opslag.SaveAsync(gelezen, traject with { Mijlpalen = b.Planning.Mijlpalen }, expected, audit, ct).ConfigureAwait(false);
            case PlanningUitkomst.Geweigerd { Weigering: PlanningWeigering.OnbekendeMijlpaal o }:
                return Trajectopslag.Ongeldig("mijlpaal", o.Melding);
            case PlanningUitkomst.Geweigerd { Weigering: PlanningWeigering.GeenOmschrijving or PlanningWeigering.GeenReden } g:
                return Trajectopslag.Ongeldig(g.Weigering is PlanningWeigering.GeenReden ? "reden" : "omschrijving", g.Weigering.Melding);
            case PlanningUitkomst.Geweigerd g:
                return new Uitkomst<TrajectVersie>.Conflict(g.Weigering.Melding, Code: g.Weigering.Code);
            default:
                throw new InvalidOperationException("Onbekende uitkomst van de planning.");
        }
    }
}
