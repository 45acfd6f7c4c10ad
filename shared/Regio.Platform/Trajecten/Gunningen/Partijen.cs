using Regio.Domain.Aanbieders;
using Regio.Domain.Contracten;
using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Platform.Aanbieders;
using Regio.Platform.Organisaties;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>
/// Who the parties of a gunning are: the contracting authority (a gemeente, or the centrumgemeente for the regio) and
/// each winner, as the letters, the contracts, the proces-verbaal and the award notice name them.
/// </summary>
public sealed class Partijen(OrganisatieStore organisaties, AanmeldingStore aanmeldingen)
{
    /// <summary>"Gemeente Haarlem, namens Regio Zuid-Kennemerland en IJmond": how letters and notices name the contracting authority.</summary>
    public static string Dienst(Opdrachtgever opdrachtgever)
    {
        ArgumentNullException.ThrowIfNull(opdrachtgever);
        return opdrachtgever.Namens is { } namens ? $"{opdrachtgever.Naam}, namens {namens}" : opdrachtgever.Naam;
    }

    public async Task<Opdrachtgever> GetOpdrachtgeverAsync(Traject traject, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(traject);
        switch (traject.Eigenaar)
        {
            case Eigenaar.EenGemeente g:
                var gemeente = await organisaties.GetAsync(new OrganisatieId(g.Gemeente.Value), ct).ConfigureAwait(false);
                return new Opdrachtgever(g.Gemeente.Value, gemeente?.Naam ?? $"Gemeente {g.Gemeente}", null);
            case Eigenaar.DeRegio r:
                var regio = await organisaties.GetAsync(new OrganisatieId(r.Regio.Value), ct).ConfigureAwait(false);
                var lead = regio?.LeadGemeente is { } l ? await organisaties.GetAsync(l, ct).ConfigureAwait(false) : null;
                return lead is not null
                    ? new Opdrachtgever(lead.Id.Value, lead.Naam, regio!.Naam)
                    : new Opdrachtgever(r.Regio.Value, regio?.Naam ?? $"Regio {r.Regio}", null);
            default:
                throw new InvalidOperationException("Onbekende eigenaar.");
        }
    }

    /// <summary>A winner with its members and their KvK numbers: the aanbieder itself, or the confirmed members of the combinatie (penvoerder first).</summary>
    public async Task<Opdrachtnemer> GetOpdrachtnemerAsync(TrajectId id, int perceel, string inschrijver, string naam, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inschrijver);
        var leden = new List<OrganisatieId>();
        if (inschrijver.StartsWith("combinatie|", StringComparison.Ordinal)
            && await aanmeldingen.GetCombinatieAsync(id, perceel, new CombinatieId(inschrijver["combinatie|".Length..]), ct).ConfigureAwait(false) is { } combinatie)
        {
            leden.AddRange(combinatie.Combinatie.AlsInschrijver().Leden);
        }
        else if (inschrijver.StartsWith("aanbieder|", StringComparison.Ordinal))
        {
            leden.Add(new OrganisatieId(inschrijver["aanbieder|".Length..]));
        }
        var metNaam = new List<Contractlid>();
        foreach (var lid in leden)
        {
            var organisatie = await organisaties.GetAsync(lid, ct).ConfigureAwait(false);
            metNaam.Add(new Contractlid(lid.Value, organisatie?.Naam ?? lid.Value, organisatie?.Kvk?.Value));
        }
        return new Opdrachtnemer(inschrijver, naam, metNaam);
    }

    /// <summary>The head of every letter of this perceel, sent on <paramref name="verzonden"/>.</summary>
    public async Task<Briefkop> GetBriefkopAsync(Traject traject, Perceel perceel, DateOnly verzonden, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(traject);
        ArgumentNullException.ThrowIfNull(perceel);
        var opdrachtgever = await GetOpdrachtgeverAsync(traject, ct).ConfigureAwait(false);
        return new Briefkop(Dienst(opdrachtgever), traject.Naam, perceel.Nummer, perceel.Naam, verzonden, Domain.Trajecten.Fasemachine.Standstill.EindigtOp(verzonden));
    }
}
