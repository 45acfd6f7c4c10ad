using Regio.Domain.Organisaties;
using Regio.Domain.Signalen;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Aanbieders;
using Regio.Platform.Contracten;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Platform.Signalen;

/// <summary>A signal for one organisation.</summary>
public sealed record Geadresseerd(OrganisatieId Organisatie, Signaal Signaal);

/// <summary>
/// The signals of one regio and who they concern (<see cref="Signaalregels"/> say what and when): milestones and planned
/// evaluations for the traject's owner; a closing submission moment for the owner and the aanbieders taking part in that
/// perceel (registered, or holding a submission for that moment); an ending standstill for the owner and the inschrijvers
/// whose offer counts; a contract's evaluation for its owner, its opdrachtgever and every member of its opdrachtnemer.
/// Round trips: the trajecten and contracts per owner partition, then per open perceel one for its moments, and two more
/// (registrations, submission heads) only for a perceel that has a deadline or standstill signal.
/// </summary>
public sealed class Signaalbron(TrajectStore trajecten, ContractStore contracten, InschrijvingStore inschrijvingen, AanmeldingStore aanmeldingen)
{
    public async Task<IReadOnlyList<Geadresseerd>> ComputeAsync(Domain.Regios.Regio regio, Peilmoment peil, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(regio);
        ArgumentNullException.ThrowIfNull(peil);
        var lijst = await trajecten.ListForRegioAsync(regio, ct).ConfigureAwait(false);
        var perEigenaar = await Task.WhenAll(lijst.Select(t => t.Eigenaar).Distinct().Select(e => contracten.ListAsync(e, ct))).ConfigureAwait(false);
        var contractLijst = perEigenaar.SelectMany(c => c).ToList();
        var signalen = new List<Geadresseerd>();
        foreach (var traject in lijst)
        {
            var eigenaar = AccessPolicy.Eigenaar(traject.Eigenaar);
            var metContract = contractLijst.Where(c => c.Contract.Traject == traject.Id).Select(c => c.Contract.Perceel).ToHashSet();
            signalen.AddRange(Signaalregels.Mijlpalen(traject, peil).Concat(Signaalregels.GeplandeEvaluaties(traject, metContract, peil))
                .Select(s => new Geadresseerd(eigenaar, s)));
            // Once in beoordeling every submission moment has closed: nothing to read for later phases.
            foreach (var perceel in traject.Percelen.Where(p => p.FaseOp(peil.Vandaag) is < Fase.Beoordeling or Fase.VoorlopigeGunning))
            {
                signalen.AddRange(await VoorPerceelAsync(traject, perceel, eigenaar, peil, ct).ConfigureAwait(false));
            }
        }
        foreach (var versie in contractLijst)
        {
            var c = versie.Contract;
            var partijen = c.Opdrachtnemer.Leden.Select(l => new OrganisatieId(l.Organisatie))
                .Prepend(new OrganisatieId(c.Opdrachtgever.Organisatie)).Prepend(AccessPolicy.Eigenaar(versie.Eigenaar)).Distinct().ToList();
            signalen.AddRange(Signaalregels.Evaluaties(c, peil).SelectMany(s => partijen.Select(p => new Geadresseerd(p, s))));
        }
        return signalen;
    }

    private async Task<List<Geadresseerd>> VoorPerceelAsync(Traject traject, Perceel perceel, OrganisatieId eigenaar, Peilmoment peil, CancellationToken ct)
    {
        var standstill = Signaalregels.Standstill(traject, perceel, peil);
        var momenten = perceel.FaseOp(peil.Vandaag) < Fase.Beoordeling
            ? await inschrijvingen.ListMomentenAsync(traject.Id, perceel.Nummer, ct).ConfigureAwait(false)
            : [];
        var termijnen = momenten.Select(m => (m.Waarde.Soort, Signaal: Signaalregels.Termijn(traject, perceel, m.Waarde, peil)))
            .Where(t => t.Signaal is not null).ToList();
        var uit = new List<Geadresseerd>();
        if (standstill is null && termijnen.Count == 0)
        {
            return uit;
        }
        var aangemeld = await aanmeldingen.ListAsync(traject.Id, perceel.Nummer, ct).ConfigureAwait(false);
        foreach (var (soort, signaal) in termijnen)
        {
            var heads = await inschrijvingen.ListInschrijversAsync(traject.Id, perceel.Nummer, soort, ct).ConfigureAwait(false);
            var aanbieders = aangemeld.Aanmeldingen.Select(a => a.Aanbieder).Concat(heads.SelectMany(h => Leden(h.Inschrijver, aangemeld)));
            uit.AddRange(aanbieders.Prepend(eigenaar).Distinct().Select(o => new Geadresseerd(o, signaal!)));
        }
        if (standstill is not null)
        {
            var heads = await inschrijvingen.ListInschrijversAsync(traject.Id, perceel.Nummer, Momentsoort.Inschrijving, ct).ConfigureAwait(false);
            var inschrijvers = heads.Where(h => h.Geldend).SelectMany(h => Leden(h.Inschrijver, aangemeld));
            uit.AddRange(inschrijvers.Prepend(eigenaar).Distinct().Select(o => new Geadresseerd(o, standstill)));
        }
        return uit;
    }

    /// <summary>The organisations behind an inschrijver key: the aanbieder itself, or a combinatie's confirmed members.</summary>
    private static IEnumerable<OrganisatieId> Leden(string inschrijver, Perceelaanmeldingen aangemeld)
    {
        if (inschrijver.StartsWith("aanbieder|", StringComparison.Ordinal))
        {
            return [new OrganisatieId(inschrijver["aanbieder|".Length..])];
        }
        return aangemeld.Combinaties.FirstOrDefault(c => c.Combinatie.Sleutel == inschrijver)?.Combinatie.Bevestigd.Select(l => l.Organisatie) ?? [];
    }
}
