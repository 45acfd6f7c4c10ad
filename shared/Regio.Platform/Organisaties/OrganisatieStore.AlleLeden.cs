using Azure;
using Regio.Domain.Organisaties;
using Regio.Platform.Toegang;

namespace Regio.Platform.Organisaties;

/// <summary>Everyone registered, across organisations: for the development sign-in only.</summary>
public sealed partial class OrganisatieStore
{
    /// <summary>Organisations whose members are read at the same time: enough to hide latency, few enough to spare storage.</summary>
    private const int GelijktijdigeOrganisaties = 8;

    /// <summary>
    /// Every registered person with their organisation: the register, then each organisation's members (one query per
    /// organisation, a few at a time), in the register's order. Not one query over the whole table: the organisation
    /// partitions also hold their audit chains, which such a scan would read through.
    /// <para>
    /// Only for the development sign-in, which acts as anyone and has no actor to ask the access policy; a person's
    /// request never reads this.
    /// </para>
    /// </summary>
    public async Task<IReadOnlyList<(Organisatie Organisatie, Lidmaatschap Lid)>> ListAllLedenAsync(CancellationToken cancellationToken)
    {
        var organisaties = await ListAsync(OrganisatieScope.Systeem(new OrganisatieId("platform")), cancellationToken).ConfigureAwait(false);
        var leden = new IReadOnlyList<(Lidmaatschap Lid, ETag ETag)>[organisaties.Count];
        var opties = new ParallelOptions { MaxDegreeOfParallelism = GelijktijdigeOrganisaties, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, organisaties.Count), opties, async (i, ct) =>
            leden[i] = await ListLedenAsync(OrganisatieScope.Systeem(organisaties[i].Id), ct).ConfigureAwait(false)).ConfigureAwait(false);
        return organisaties.SelectMany((organisatie, i) => leden[i].Select(l => (organisatie, l.Lid))).ToList();
    }
}
