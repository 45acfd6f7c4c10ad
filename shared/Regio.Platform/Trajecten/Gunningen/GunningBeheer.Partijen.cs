using Regio.Domain.Aanbieders;
using Regio.Domain.Contracten;
using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>Who the parties are: the contracting authority (a gemeente, or the centrumgemeente for the regio) and each winner.</summary>
public sealed partial class GunningBeheer
{
    private async Task<Opdrachtgever> OpdrachtgeverAsync(Traject traject, CancellationToken ct)
    {
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

    /// <summary>"Gemeente Haarlem, namens Regio Zuid-Kennemerland en IJmond": how letters and notices name the contracting authority.</summary>
    public static string Dienst(Opdrachtgever opdrachtgever)
    {
        ArgumentNullException.ThrowIfNull(opdrachtgever);
        return opdrachtgever.Namens is { } namens ? $"{opdrachtgever.Naam}, namens {namens}" : opdrachtgever.Naam;
    }

    /// <summary>A winner with its members and their KvK numbers: the aanbieder itself, or the confirmed members of the combinatie (penvoerder first).</summary>
    private async Task<Opdrachtnemer> OpdrachtnemerAsync(TrajectId id, int perceel, string inschrijver, string naam, CancellationToken ct)
    {
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
}
