using Azure;
using Regio.Domain.Rapportages;
using Regio.Domain.Regios;
using Regio.Platform.Audit;
using Regio.Platform.Regios;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Rapportages;

/// <summary>The regio's letters as the actor may see them, and whether they may generate new ones.</summary>
public sealed record Rapportagelijst(Domain.Regios.Regio Regio, IReadOnlyList<RapportageVersie> Rapportages, bool MagOpstellen);

/// <summary>A letter as a Word document: the stored one of a final letter, or a fresh rendering of a concept.</summary>
public sealed record RapportageDocument(byte[] Inhoud, string Bestandsnaam, RapportageVersie Versie);

/// <summary>
/// The use cases of the monthly raadsinformatiebrief: list, generate a concept for a month, read, edit (If-Match), finalise
/// (If-Match; stored as DOCX, unchangeable after) and download. Who may do what comes from <see cref="AccessPolicy"/>.
/// </summary>
public sealed partial class RapportageBeheer(RapportageStore store, RegioStore regios, Maandbronnen bronnen, Toegangspoort toegangspoort, TimeProvider time)
{

    public async Task<Uitkomst<Rapportagelijst>> LijstAsync(Actor actor, RegioId regioId, CancellationToken ct)
    {
        var toegang = await OpenRegioAsync(actor, regioId, Actie.RapportageLezen, "rapportages bekijken", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var regio))
            return toegang.RefusalAs<Rapportagelijst>();
        var zichtbaar = (await store.ListAsync(regioId, ct).ConfigureAwait(false))
            .Where(v => Beslis(actor, Actie.RapportageLezen, regio, v.Rapportage.Status) is Besluit.Toegestaan)
            .ToList();
        return new Rapportagelijst(regio, zichtbaar, Beslis(actor, Actie.RapportageOpstellen, regio, null) is Besluit.Toegestaan);
    }

    public async Task<Uitkomst<RapportageVersie>> LeesAsync(Actor actor, RegioId regioId, string? maandTekst, CancellationToken ct)
    {
        var toegang = await OpenMaandAsync(actor, regioId, maandTekst, Actie.RapportageLezen, "rapportage lezen", ct).ConfigureAwait(false);
        return toegang.TryGet(out var brief) ? brief.Versie : toegang.RefusalAs<RapportageVersie>();
    }

    public async Task<Uitkomst<RapportageDocument>> DocumentAsync(Actor actor, RegioId regioId, string? maandTekst, CancellationToken ct)
    {
        var toegang = await OpenMaandAsync(actor, regioId, maandTekst, Actie.RapportageLezen, "rapportage downloaden", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var brief))
        {
            return toegang.RefusalAs<RapportageDocument>();
        }
        var (regio, versie) = brief;
        var bestandsnaam = RapportageDocx.Bestandsnaam(versie.Rapportage);
        if (versie.Bestand is not { } bestand)
        {
            return new RapportageDocument(RapportageDocx.Maak(versie.Rapportage, regio), bestandsnaam, versie);
        }
        // The councils received the stored file; rendering it again could differ, so a final letter is always that file.
        return await store.LeesAsync(bestand, ct).ConfigureAwait(false) is { } inhoud
            ? new RapportageDocument(inhoud, bestandsnaam, versie)
            : new Uitkomst<RapportageDocument>.NietGevonden();
    }

    /// <summary>A month's letter with its regio, once the actor may act on it.</summary>
    private sealed record Maandbrief(Domain.Regios.Regio Regio, RapportageVersie Versie);

    /// <summary>
    /// The regio, once the actor may act on its letters as a whole; the regio's gemeenten come with it, for the policy. A
    /// regio that does not exist is as unknown as one the actor may not see.
    /// </summary>
    private Task<Uitkomst<Domain.Regios.Regio>> OpenRegioAsync(Actor actor, RegioId regioId, Actie actie, string wat, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return toegangspoort.OpenAsync(actor, $"rapportages:{regioId} {wat}", () => regios.GetAsync(regioId, ct), r => Beslis(actor, actie, r, null), ct);
    }

    /// <summary>The regio and the month's letter, once the actor may act on this letter in its current status.</summary>
    private async Task<Uitkomst<Maandbrief>> OpenMaandAsync(Actor actor, RegioId regioId, string? maandTekst, Actie actie, string wat, CancellationToken ct)
    {
        var toegang = await OpenRegioAsync(actor, regioId, actie, wat, ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var regio))
        {
            return toegang.RefusalAs<Maandbrief>();
        }
        if (MaandFout<Maandbrief>(maandTekst, out var maand) is { } fout)
        {
            return fout;
        }
        return await toegangspoort.OpenAsync(
            actor, $"rapportage:{regioId}:{maand} {wat}",
            () => store.GetAsync(regioId, maand, ct),
            versie => Beslis(actor, actie, regio, versie.Rapportage.Status),
            (versie, _) => new Maandbrief(regio, versie),
            ct).ConfigureAwait(false);
    }

    private Uitkomst<T>? MaandFout<T>(string? maandTekst, out Maand maand)
    {
        var (gelezen, fout) = Maand.Lees(maandTekst, time.Vandaag());
        maand = gelezen ?? default;
        return fout is null ? null : new Uitkomst<T>.Ongeldig(new Dictionary<string, string> { ["maand"] = fout });
    }

    private static Besluit Beslis(Actor actor, Actie actie, Domain.Regios.Regio regio, RapportageStatus? status) =>
        AccessPolicy.BeslisRapportage(actor, actie, regio.Id, regio.Gemeenten.Select(g => g.Id).ToList(), status);


    private AuditEvent Event(Actor actor, string actie, Rapportage rapportage, Rapportage? voor) =>
        new(time.GetUtcNow(), actor.AuditNaam, actie, $"rapportage:{rapportage.Regio}:{rapportage.Maand}",
            voor is null ? null : Json.Write(voor.Teksten), Json.Write(new { rapportage.Status, rapportage.Versie, rapportage.Teksten }));
}
