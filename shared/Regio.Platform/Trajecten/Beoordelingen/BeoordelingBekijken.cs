using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Beoordelingen;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Platform.Trajecten.Beoordelingen;

/// <summary>What the actor may see of the beoordeling of a perceel: no score that the policy does not allow.</summary>
public sealed class BeoordelingBekijken(BeoordelingPoort poort, InschrijvingStore inschrijvingen, Commissiekandidaten kandidaten)
{
    public async Task<Uitkomst<Beoordelingsbeeld>> GetAsync(Actor actor, TrajectId id, int perceel, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, perceel, Actie.BeoordelingVolgen, "beoordeling bekijken", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<Beoordelingsbeeld>();
        var d = c.Dossier;
        var mag = new Bevoegdheden(
            c.Mag(actor, Actie.BeoordelingLeiden), c.Mag(actor, Actie.Scoren), c.Mag(actor, Actie.VerstrengelingMelden) && c.Lid is { IsUitgesloten: false },
            c.Mag(actor, Actie.ScoresInzien), c.Mag(actor, Actie.ConsensusVastleggen),
            AccessPolicy.BeslisInschrijving(actor, Actie.InschrijvingenLezen, c.Traject, c.Vandaag, null, c.Gelezen.Moment?.Waarde, c.Lid) is Besluit.Toegestaan);
        // Names and verdicts are for those who lead or sit on the commissie; files for who may read the opened documents.
        var bestanden = mag.DocumentenLezen
            ? (await inschrijvingen.ListAsync(id, perceel, Momentsoort.Inschrijving, ct).ConfigureAwait(false))
                .Where(i => i.Geldend is not null).ToDictionary(i => i.Inschrijver, i => i.Geldend!.Bestanden)
            : [];
        var ingewijd = mag.Leiden || c.Lid is not null;
        var beoordeelden = ingewijd ? c.Gelezen.Inschrijvers.Select(i => new Beoordeelde(
            i,
            c.Gelezen.GeldigheidVan(i.Sleutel),
            bestanden.GetValueOrDefault(i.Sleutel) ?? [],
            c.Lid is { IsUitgesloten: false } ? c.Gelezen.BeoordelingVan(actor.AuditNaam, i.Sleutel) : null,
            d.Beoordelingen.Where(b => b.Inschrijver == i.Sleutel && AccessPolicy.BeslisScores(actor, c.Traject, c.Vandaag, d, b.Beoordelaar) is Besluit.Toegestaan).ToList(),
            mag.ScoresZien ? c.Gelezen.ConsensusVan(i.Sleutel) : null,
            mag.ScoresZien && d.ConsensusVan(i.Sleutel) is { } cs && d.Criteria is { } k ? Beoordelingsregels.Totaal(k, cs.Scores) : null)).ToList() : [];
        var voortgang = new Voortgang(d.Klaar, d.Actief.Count, d.AllesGetoetst, d.IedereenHeeftGescoord, d.Compleet,
            d.Actief.Where(b => d.Geldige.Count > 0 && d.Geldige.All(i => d.BeoordelingVan(b.Sleutel, i) is not null)).Select(b => b.Naam).ToList());
        var wie = mag.Leiden ? await kandidaten.ListAsync(c.Traject, ct).ConfigureAwait(false) : [];
        return new Beoordelingsbeeld(c.Traject, c.Perceel, c.Gelezen.Criteria, d.IsGeopend, c.Gelezen.Commissie, beoordeelden, voortgang, c.Lid, mag,
            wie, mag.ScoresZien && d.IedereenHeeftGescoord ? d.Rangschikking : null);
    }
}
