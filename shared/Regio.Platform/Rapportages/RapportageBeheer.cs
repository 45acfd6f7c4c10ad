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
        var (regio, weigering) = await ToegangAsync<Rapportagelijst>(actor, regioId, Actie.RapportageLezen, "rapportages bekijken", ct).ConfigureAwait(false);
        if (weigering is not null)
        {
            return weigering;
        }
        var zichtbaar = (await store.ListAsync(regioId, ct).ConfigureAwait(false))
            .Where(v => Beslis(actor, Actie.RapportageLezen, regio!, v.Rapportage.Status) is Besluit.Toegestaan)
            .ToList();
        return new Rapportagelijst(regio!, zichtbaar, Beslis(actor, Actie.RapportageOpstellen, regio!, null) is Besluit.Toegestaan);
    }

    public async Task<Uitkomst<RapportageVersie>> LeesAsync(Actor actor, RegioId regioId, string? maandTekst, CancellationToken ct)
    {
        var (gelezen, weigering) = await LeesMaandAsync(actor, regioId, maandTekst, Actie.RapportageLezen, "rapportage lezen", ct).ConfigureAwait(false);
        return weigering ?? gelezen!.Value.Versie;
    }

    public async Task<Uitkomst<RapportageDocument>> DocumentAsync(Actor actor, RegioId regioId, string? maandTekst, CancellationToken ct)
    {
        var (gelezen, weigering) = await LeesMaandAsync(actor, regioId, maandTekst, Actie.RapportageLezen, "rapportage downloaden", ct).ConfigureAwait(false);
        if (weigering is not null)
        {
            return Omgezet<RapportageVersie, RapportageDocument>(weigering);
        }
        var (regio, versie) = gelezen!.Value;
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

    /// <summary>
    /// Reads the regio and checks the actor's access to its letters as a whole; the regio's gemeenten come with it, for the
    /// policy. A regio that does not exist is as unknown as one the actor may not see.
    /// </summary>
    private async Task<(Domain.Regios.Regio? Regio, Uitkomst<T>? Weigering)> ToegangAsync<T>(
        Actor actor, RegioId regioId, Actie actie, string wat, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var regio = await regios.GetAsync(regioId, ct).ConfigureAwait(false);
        var besluit = regio is null ? new Besluit.NietGevonden() : Beslis(actor, actie, regio, null);
        return besluit is Besluit.Toegestaan ? (regio, null) : (null, await toegangspoort.WeigerAsync<T>(actor, $"rapportages:{regioId} {wat}", besluit, ct).ConfigureAwait(false));
    }

    /// <summary>The regio and the month's letter, once the actor may act on this letter in its current status.</summary>
    private async Task<((Domain.Regios.Regio Regio, RapportageVersie Versie)? Gelezen, Uitkomst<RapportageVersie>? Weigering)> LeesMaandAsync(
        Actor actor, RegioId regioId, string? maandTekst, Actie actie, string wat, CancellationToken ct)
    {
        var (regio, weigering) = await ToegangAsync<RapportageVersie>(actor, regioId, actie, wat, ct).ConfigureAwait(false);
        if (weigering is not null)
        {
            return (null, weigering);
        }
        if (MaandFout<RapportageVersie>(maandTekst, out var maand) is { } fout)
        {
            return (null, fout);
        }
        var versie = await store.GetAsync(regioId, maand, ct).ConfigureAwait(false);
        var besluit = versie is null ? new Besluit.NietGevonden() : Beslis(actor, actie, regio!, versie.Rapportage.Status);
        return besluit is Besluit.Toegestaan
            ? ((regio!, versie!), null)
            : (null, await toegangspoort.WeigerAsync<RapportageVersie>(actor, $"rapportage:{regioId}:{maand} {wat}", besluit, ct).ConfigureAwait(false));
    }

    private Uitkomst<T>? MaandFout<T>(string? maandTekst, out Maand maand)
    {
        var (gelezen, fout) = Maand.Lees(maandTekst, time.Vandaag());
        maand = gelezen ?? default;
        return fout is null ? null : new Uitkomst<T>.Ongeldig(new Dictionary<string, string> { ["maand"] = fout });
    }

    private static Besluit Beslis(Actor actor, Actie actie, Domain.Regios.Regio regio, RapportageStatus? status) =>
        AccessPolicy.BeslisRapportage(actor, actie, regio.Id, regio.Gemeenten.Select(g => g.Id).ToList(), status);

    private static Uitkomst<TNaar> Omgezet<TVan, TNaar>(Uitkomst<TVan> weigering) => weigering switch
    {
        Uitkomst<TVan>.Geweigerd g => new Uitkomst<TNaar>.Geweigerd(g.Reden),
        Uitkomst<TVan>.Ongeldig o => new Uitkomst<TNaar>.Ongeldig(o.Fouten),
        Uitkomst<TVan>.Conflict c => new Uitkomst<TNaar>.Conflict(c.Melding, c.Verouderd, c.Code),
        _ => new Uitkomst<TNaar>.NietGevonden(),
    };

    private AuditEvent Event(Actor actor, string actie, Rapportage rapportage, Rapportage? voor) =>
        new(time.GetUtcNow(), actor.AuditNaam, actie, $"rapportage:{rapportage.Regio}:{rapportage.Maand}",
            voor is null ? null : Json.Write(voor.Teksten), Json.Write(new { rapportage.Status, rapportage.Versie, rapportage.Teksten }));
}
