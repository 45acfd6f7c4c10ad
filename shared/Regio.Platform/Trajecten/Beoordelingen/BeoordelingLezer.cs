using Regio.Domain.Trajecten;

namespace Regio.Platform.Trajecten.Beoordelingen;

/// <summary>
/// The outcome of a beoordeling for other use cases (the gunningsbeslissing, the proces-verbaal), WITHOUT an access
/// check: a caller must have asked <see cref="Toegang.AccessPolicy"/> itself. People get the outcome through
/// <see cref="UitslagBekijken.GetAsync"/>.
/// </summary>
public sealed class BeoordelingLezer(BeoordelingStore store)
{
    /// <returns>Null when the perceel has no criteria yet: then there is nothing to rank.</returns>
    public async Task<Beoordelingsuitslag?> GetAsync(TrajectId id, int perceel, CancellationToken ct) =>
        Beoordelingsuitslag.Van(await store.GetAsync(id, perceel, ct).ConfigureAwait(false));
}
