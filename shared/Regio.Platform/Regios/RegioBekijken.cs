using Regio.Domain.Regios;

namespace Regio.Platform.Regios;

/// <summary>One regio's composition with its version: public (the anonymous regio page shows it), so anyone may read it.</summary>
public sealed class RegioBekijken(RegioStore regios)
{
    public async Task<Uitkomst<Regioversie>> GetAsync(RegioId id, CancellationToken cancellationToken) =>
        await regios.ReadAsync(id, cancellationToken).ConfigureAwait(false) is { } gelezen ? gelezen : new Uitkomst<Regioversie>.NietGevonden();
}
