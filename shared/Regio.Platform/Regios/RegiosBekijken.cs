using System.Globalization;

namespace Regio.Platform.Regios;

/// <summary>Every regio with its name, centrumgemeente and members. A regio's composition is public, so anyone may list them.</summary>
public sealed class RegiosBekijken(RegioStore regios)
{
    private static readonly StringComparer OpNaam = StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), ignoreCase: true);

    public async Task<IReadOnlyList<Regioversie>> ListAsync(CancellationToken cancellationToken) =>
        (await regios.ListAllAsync(cancellationToken).ConfigureAwait(false)).OrderBy(r => r.Regio.Naam, OpNaam).ToList();
}
