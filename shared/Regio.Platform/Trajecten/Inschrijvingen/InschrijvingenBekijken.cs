using Regio.Domain.Aanbieders;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Inschrijvingen;

/// <summary>One moment as the reader may see it: the owner gets <see cref="Aantal"/>, an aanbieder its own <see cref="Eigen"/>.</summary>
public sealed record Momentbeeld(Indienmoment Moment, Versie Versie, string Termijn, bool IsGesloten, int? Aantal, Inschrijving? Eigen);

/// <summary>The submission moments of a perceel for one reader, and what that reader may do with them.</summary>
public sealed record Inschrijvingsbeeld(Traject Traject, Perceel Perceel, IReadOnlyList<Momentbeeld> Momenten, Inschrijver? Als, bool MagBeheren);

/// <summary>
/// The submission moments of a perceel: the owner's people see how many submissions count, never whose; an aanbieder
/// (or the combinatie it is a confirmed member of) sees its own. Who may do what: <see cref="AccessPolicy.BeslisInschrijving"/>.
/// </summary>
public sealed class InschrijvingenBekijken(InschrijvingPoort poort, InschrijvingStore store, TimeProvider time)
{
    public async Task<Uitkomst<Inschrijvingsbeeld>> GetAsync(Actor actor, TrajectId id, int perceel, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, perceel, [Actie.Inschrijven, Actie.InschrijvingenTellen], "inschrijvingen bekijken", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<Inschrijvingsbeeld>();
        var nu = time.GetUtcNow();
        var alsAanbieder = c.Besluit == Actie.Inschrijven;
        var momenten = new List<Momentbeeld>();
        foreach (var m in await store.ListMomentenAsync(id, perceel, ct).ConfigureAwait(false))
        {
            var soort = m.Waarde.Soort;
            var aantal = alsAanbieder ? (int?)null : await store.CountAsync(id, perceel, soort, ct).ConfigureAwait(false);
            var eigen = alsAanbieder ? (await store.GetAsync(id, perceel, soort, c.Als!.Sleutel, ct).ConfigureAwait(false))?.Waarde : null;
            momenten.Add(new Momentbeeld(m.Waarde, m.Versie, Termijntekst.Resterend(m.Waarde.Sluiting, nu), m.Waarde.IsGesloten(nu), aantal, eigen));
        }
        var magBeheren = AccessPolicy.BeslisInschrijving(actor, Actie.IndienmomentBeheren, c.Traject, time.Vandaag(), null) is Besluit.Toegestaan;
        return new Inschrijvingsbeeld(c.Traject, c.Perceel, momenten, alsAanbieder ? c.Als : null, magBeheren);
    }
}
