using Regio.Domain.Trajecten;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Beoordelingen;

/// <summary>
/// The outcome with the ranking, for the inkoper or coordinator and the active members of the commissie. Before
/// everyone has scored there is no consensus, so the ranking is empty and <see cref="Beoordelingsuitslag.Compleet"/> false.
/// NietGevonden while the perceel has no criteria.
/// </summary>
public sealed class UitslagBekijken(BeoordelingPoort poort)
{
    public async Task<Uitkomst<Beoordelingsuitslag>> GetAsync(Actor actor, TrajectId id, int perceel, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, perceel, Actie.ScoresInzien, "rangschikking lezen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<Beoordelingsuitslag>();
        if (Beoordelingsuitslag.Van(c.Gelezen) is not { } uitslag)
            return new Uitkomst<Beoordelingsuitslag>.NietGevonden();
        // Individual scores only once they are visible at all.
        return c.Dossier.IedereenHeeftGescoord ? uitslag : uitslag with { Individueel = [] };
    }
}
