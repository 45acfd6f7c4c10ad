using Regio.Domain.Rapportages;
using Regio.Domain.Regios;
using Regio.Platform.Regios;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Rapportages;

/// <summary>A month's letter with its regio, once the actor may act on it.</summary>
public sealed record Maandbrief(Domain.Regios.Regio Regio, RapportageVersie Versie);

/// <summary>
/// The access gate of the letters' use cases, on <see cref="Toegangspoort"/>: first the regio (its gemeenten come with it,
/// for the policy), then where a use case is about one month the letter of that month in its current status. A regio
/// or a letter that does not exist is as unknown as one the actor may not see. Who may do what:
/// <see cref="AccessPolicy.BeslisRapportage"/>.
/// </summary>
public sealed class RapportagePoort(RegioStore regios, RapportageStore store, Toegangspoort toegangspoort, TimeProvider time)
{
    /// <summary>The regio, once the actor may do <paramref name="actie"/> on its letters as a whole.</summary>
    public Task<Uitkomst<Domain.Regios.Regio>> OpenRegioAsync(Actor actor, RegioId regioId, Actie actie, string wat, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return toegangspoort.OpenAsync(actor, $"rapportages:{regioId} {wat}", () => regios.GetAsync(regioId, ct), r => Decide(actor, actie, r, null), ct);
    }

    /// <summary>The regio and the month's letter, once the actor may do <paramref name="actie"/> on this letter in its current status.</summary>
    public async Task<Uitkomst<Maandbrief>> OpenMaandAsync(Actor actor, RegioId regioId, string? maandTekst, Actie actie, string wat, CancellationToken ct)
    {
        var toegang = await OpenRegioAsync(actor, regioId, actie, wat, ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var regio))
        {
            return toegang.RefusalAs<Maandbrief>();
        }
        if (ParseMaand<Maandbrief>(maandTekst, out var maand) is { } fout)
        {
            return fout;
        }
        return await toegangspoort.OpenAsync(
            actor, $"rapportage:{regioId}:{maand} {wat}",
            () => store.GetAsync(regioId, maand, ct),
            versie => Decide(actor, actie, regio, versie.Rapportage.Status),
            (versie, _) => new Maandbrief(regio, versie),
            ct).ConfigureAwait(false);
    }

    /// <summary>The month a route or form names (jjjj-mm, not one still to begin); else the refusal of the field <c>maand</c>.</summary>
    public Uitkomst<T>? ParseMaand<T>(string? maandTekst, out Maand maand)
    {
        var (gelezen, fout) = Maand.Lees(maandTekst, time.Vandaag());
        maand = gelezen ?? default;
        return fout is null ? null : new Uitkomst<T>.Ongeldig(new Dictionary<string, string> { ["maand"] = fout });
    }

    /// <summary>The policy's decision on a letter in <paramref name="status"/>, or on the regio's letters as a whole (null).</summary>
    public static Besluit Decide(Actor actor, Actie actie, Domain.Regios.Regio regio, RapportageStatus? status)
    {
        ArgumentNullException.ThrowIfNull(regio);
        return AccessPolicy.BeslisRapportage(actor, actie, regio.Id, regio.Gemeenten.Select(g => g.Id).ToList(), status);
    }
}
