using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Platform.Contracten;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Beoordelingen;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>
/// The gunning of a perceel as the reader may see it: the owner's people all of it, an inschrijver that received a letter
/// the winners, its own letter, its own bezwaren and its own contract. Who may do what: <see cref="AccessPolicy.BeslisGunning"/>.
/// </summary>
public sealed class GunningBekijken(GunningPoort poort, BeoordelingLezer beoordelingen, ContractStore contracten)
{
    public async Task<Uitkomst<Gunningsbeeld>> GetAsync(Actor actor, TrajectId id, int perceel, CancellationToken ct)
    {
        var open = await poort.OpenAsync(actor, id, perceel, [Actie.GunningInzien, Actie.GunningsbriefLezen], "gunning bekijken", ct).ConfigureAwait(false);
        if (!open.TryGet(out var c))
            return open.RefusalAs<Gunningsbeeld>();
        var vanEigenaar = c.Mag(actor, Actie.GunningInzien);
        var beheren = c.Mag(actor, Actie.GunningBeheren);
        var uitslag = vanEigenaar ? await beoordelingen.GetAsync(id, perceel, ct).ConfigureAwait(false) : null;
        var scoresZien = beheren || c.Besluit?.IsVerzonden == true
            || (uitslag is not null && AccessPolicy.BeslisBeoordeling(actor, Actie.ScoresInzien, c.Traject, c.Vandaag, uitslag.Commissie) is Besluit.Toegestaan);
        var eigen = c.Als?.Sleutel;
        var bezwaren = c.Perceel.Dossier.Bezwaren
            .Select((b, i) => new GenummerdBezwaar(i + 1, b, b.Ingediend <= c.Vandaag && !(b.Uitspraak <= c.Vandaag)))
            .Where(b => vanEigenaar || (b.Bezwaar.Indiener is not null && b.Bezwaar.Indiener == eigen))
            .ToList();
        var winnaars = c.Besluit?.IsVerzonden == true
            ? c.Gunning.Brieven.Where(b => b.Gegund).Select(b => b.Naam).ToList()
            : c.Besluit?.Winnaars.Select(w => uitslag?.Namen.GetValueOrDefault(w) ?? w).ToList() ?? [];
        var gesloten = c.Besluit?.Definitief is not null ? await c.GetContractenAsync(contracten, vanEigenaar ? null : eigen, ct).ConfigureAwait(false) : [];
        return new Gunningsbeeld(c.Traject, c.Perceel, c.Vandaag, vanEigenaar ? c.Gunning.Besluit : VoorOntvanger(c.Gunning.Besluit), winnaars,
            scoresZien ? uitslag : null,
            vanEigenaar ? c.Gunning.Brieven : c.Gunning.Brieven.Where(b => b.Inschrijver == eigen).ToList(),
            bezwaren, gesloten, vanEigenaar ? c.DefinitiefGeweigerd() : null, vanEigenaar ? null : c.Als, vanEigenaar, beheren,
            c.Mag(actor, Actie.BezwaarIndienen) && c.Besluit is { Definitief: null, Verzonden: { } v } && c.Vandaag <= v.StandstillEindigtOp);
    }

    /// <summary>An inschrijver learns the decision and its dates, not who drafted it or the reasoning behind a concept.</summary>
    private static Gelezen<Gunningsbesluit>? VoorOntvanger(Gelezen<Gunningsbesluit>? besluit) =>
        besluit is { Waarde: { Verzonden: not null } b } ? besluit with { Waarde = b with { OpgesteldDoor = "" } } : null;
}
