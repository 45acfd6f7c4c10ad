using Regio.Domain.Organisaties;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Platform.Toegang;

namespace Regio.Platform.Regios;

/// <summary>
/// The regio's a person works in, which is where the platform looks for what they may see: a coordinator's own regio,
/// every regio a gemeente is a member of, and every regio for the market (an aanbieder follows published tenders
/// wherever they are) and for the platform beheerder. Which of what is found they may see, the access policy decides.
/// </summary>
public sealed class Werkgebied(RegioStore regios)
{
    public async Task<IReadOnlyList<Domain.Regios.Regio>> ListAsync(Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Organisatie is not { } organisatie)
        {
            return [];
        }
        var alle = await ListAllAsync(ct).ConfigureAwait(false);
        return organisatie.Soort switch
        {
            OrganisatieSoort.Regio => [.. alle.Where(r => r.Id.Value == organisatie.Id.Value)],
            OrganisatieSoort.Gemeente => [.. alle.Where(r => r.HeeftGemeente(new GemeenteId(organisatie.Id.Value)))],
            OrganisatieSoort.Aanbieder or OrganisatieSoort.Platform => alle,
            _ => [],
        };
    }

    /// <summary>Every regio on the platform, by name: what a visitor chooses from.</summary>
    public async Task<IReadOnlyList<Domain.Regios.Regio>> ListAllAsync(CancellationToken ct) =>
    [
        .. (await regios.ListAllAsync(ct).ConfigureAwait(false))
            .Select(v => v.Regio)
            .OrderBy(r => r.Naam, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true)),
    ];

    /// <summary>
    /// The regio a traject is judged against: the regio that owns a regional one, or for a local one the first regio its
    /// gemeente is a member of (a local traject buys for its own gemeente only, so any of them knows it). Null when the
    /// owner is in no regio on the platform.
    /// </summary>
    public async Task<Domain.Regios.Regio?> GetAsync(Eigenaar eigenaar, CancellationToken ct) => eigenaar switch
    {
        Eigenaar.DeRegio r => await regios.GetAsync(r.Regio, ct).ConfigureAwait(false),
        Eigenaar.EenGemeente g => await regios.ListForGemeenteAsync(g.Gemeente, ct).ConfigureAwait(false) is [var eerste, ..]
            ? await regios.GetAsync(eerste, ct).ConfigureAwait(false)
            : null,
        _ => null,
    };

    /// <summary>
    /// The owners whose partitions hold what can be found in <paramref name="gebied"/>: each regio and each member gemeente,
    /// once each, though a gemeente may be a member of several of them.
    /// </summary>
    public static IReadOnlyList<Eigenaar> Eigenaren(IEnumerable<Domain.Regios.Regio> gebied) =>
    [
        .. gebied
            .SelectMany(r => r.Gemeenten.Select(g => (Eigenaar)new Eigenaar.EenGemeente(g.Id)).Prepend(new Eigenaar.DeRegio(r.Id)))
            .DistinctBy(e => e.Sleutel),
    ];
}
