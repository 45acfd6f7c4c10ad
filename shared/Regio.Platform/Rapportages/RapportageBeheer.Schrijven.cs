using Azure;
using Regio.Domain.Rapportages;
using Regio.Domain.Regios;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Rapportages;

/// <summary>The four parts of a letter as a person or client typed them; checked by <see cref="Rapportageteksten.Controleer"/>.</summary>
public sealed record RapportageInvoer(string? Aanleiding, string? Kernboodschap, string? Consequenties, string? Vervolg);

/// <summary>Generating, editing and finalising a letter. Each write carries its audit event in the same transaction.</summary>
public sealed partial class RapportageBeheer
{
    private const string Verouderd = "Iemand anders heeft deze raadsinformatiebrief intussen gewijzigd. Lees hem opnieuw en probeer het nog eens.";

    public async Task<Uitkomst<RapportageVersie>> GenereerAsync(Actor actor, RegioId regioId, string? maandTekst, CancellationToken ct)
    {
        var toegang = await OpenRegioAsync(actor, regioId, Actie.RapportageOpstellen, "rapportage genereren", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var regio))
            return toegang.RefusalAs<RapportageVersie>();
        if (MaandFout<RapportageVersie>(maandTekst, out var maand) is { } fout)
        {
            return fout;
        }
        if (await store.GetAsync(regioId, maand, ct).ConfigureAwait(false) is { } bestaand)
        {
            return Geweigerd(new RapportageWeigering.BestaatAl(maand, bestaand.Rapportage.Status));
        }
        var bron = await bronnen.LeesAsync(regio, maand, time.Vandaag(), ct).ConfigureAwait(false);
        var rapportage = new Rapportage(regioId, maand, Conceptopsteller.Stel(bron), new Bewerking(actor.Naam, time.GetUtcNow()));
        var audit = Event(actor, $"Concept van de raadsinformatiebrief over {maand.Naam} gegenereerd", rapportage, null);
        // Two coordinators generating the same month at once: the second finds the first one's concept.
        return await store.AddAsync(rapportage, audit, ct).ConfigureAwait(false) is { } etag
            ? new RapportageVersie(rapportage, etag, null)
            : Geweigerd(new RapportageWeigering.BestaatAl(maand, RapportageStatus.Concept));
    }

    public async Task<Uitkomst<RapportageVersie>> WijzigAsync(
        Actor actor, RegioId regioId, string? maandTekst, RapportageInvoer invoer, ETag expected, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(invoer);
        var (teksten, fouten) = Rapportageteksten.Controleer(invoer.Aanleiding, invoer.Kernboodschap, invoer.Consequenties, invoer.Vervolg);
        var toegang = await OpenMaandAsync(actor, regioId, maandTekst, Actie.RapportageOpstellen, "rapportage wijzigen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var brief))
        {
            return toegang.RefusalAs<RapportageVersie>();
        }
        if (fouten.Count > 0)
        {
            return new Uitkomst<RapportageVersie>.Ongeldig(fouten);
        }
        var huidig = brief.Versie;
        var uitkomst = huidig.Rapportage.Wijzig(teksten!, new Bewerking(actor.Naam, time.GetUtcNow()));
        if (uitkomst is not RapportageUitkomst.Bijgewerkt { Rapportage: var gewijzigd })
        {
            return Geweigerd(((RapportageUitkomst.Geweigerd)uitkomst).Weigering);
        }
        var audit = Event(actor, $"Raadsinformatiebrief over {gewijzigd.Maand.Naam} gewijzigd", gewijzigd, huidig.Rapportage);
        return await store.SaveAsync(gewijzigd, null, expected, audit, ct).ConfigureAwait(false) is { } etag
            ? new RapportageVersie(gewijzigd, etag, null)
            : new Uitkomst<RapportageVersie>.Conflict(Verouderd, Verouderd: true);
    }

    /// <summary>
    /// Makes the letter final as it was read (If-Match): its document is rendered and stored first, then the row points at
    /// it in the same transaction as the audit event. When the row refuses, the document is removed again.
    /// </summary>
    public async Task<Uitkomst<RapportageVersie>> MaakDefinitiefAsync(Actor actor, RegioId regioId, string? maandTekst, ETag expected, CancellationToken ct)
    {
        var toegang = await OpenMaandAsync(actor, regioId, maandTekst, Actie.RapportageOpstellen, "rapportage definitief maken", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var brief))
        {
            return toegang.RefusalAs<RapportageVersie>();
        }
        var (regio, huidig) = brief;
        var uitkomst = huidig.Rapportage.MaakDefinitief(new Bewerking(actor.Naam, time.GetUtcNow()));
        if (uitkomst is not RapportageUitkomst.Bijgewerkt { Rapportage: var definitief })
        {
            return Geweigerd(((RapportageUitkomst.Geweigerd)uitkomst).Weigering);
        }
        if (huidig.ETag.ToString() != expected.ToString())
        {
            return new Uitkomst<RapportageVersie>.Conflict(Verouderd, Verouderd: true);
        }
        var bestand = await store.UploadAsync(definitief, RapportageDocx.Maak(definitief, regio), ct).ConfigureAwait(false);
        var audit = Event(actor, $"Raadsinformatiebrief over {definitief.Maand.Naam} definitief gemaakt", definitief, huidig.Rapportage);
        if (await store.SaveAsync(definitief, bestand, expected, audit, ct).ConfigureAwait(false) is { } etag)
        {
            return new RapportageVersie(definitief, etag, bestand);
        }
        await store.VerwijderAsync(bestand, CancellationToken.None).ConfigureAwait(false);
        return new Uitkomst<RapportageVersie>.Conflict(Verouderd, Verouderd: true);
    }

    private static Uitkomst<RapportageVersie>.Conflict Geweigerd(RapportageWeigering weigering) => new(weigering.Melding, Code: weigering.Code);
}
