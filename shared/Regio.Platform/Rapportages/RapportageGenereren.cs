using Regio.Domain.Rapportages;
using Regio.Domain.Regios;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;
using static Regio.Platform.Rapportages.Rapportagewijziging;

namespace Regio.Platform.Rapportages;

/// <summary>
/// A coordinator generates the concept of a month's letter from the data of that month (<see cref="Maandbronnen"/>,
/// drafted by <see cref="Conceptopsteller"/>), written with its audit event. A month has one letter.
/// </summary>
public sealed class RapportageGenereren(RapportagePoort poort, RapportageStore store, Maandbronnen bronnen, TimeProvider time)
{
    public async Task<Uitkomst<RapportageVersie>> GenerateAsync(Actor actor, RegioId regioId, string? maandTekst, CancellationToken ct)
    {
        var toegang = await poort.OpenRegioAsync(actor, regioId, Actie.RapportageOpstellen, "rapportage genereren", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var regio))
            return toegang.RefusalAs<RapportageVersie>();
        if (poort.ParseMaand<RapportageVersie>(maandTekst, out var maand) is { } fout)
        {
            return fout;
        }
        if (await store.GetAsync(regioId, maand, ct).ConfigureAwait(false) is { } bestaand)
        {
            return Geweigerd(new RapportageWeigering.BestaatAl(maand, bestaand.Rapportage.Status));
        }
        var bron = await bronnen.GetAsync(regio, maand, time.Vandaag(), ct).ConfigureAwait(false);
        var rapportage = new Rapportage(regioId, maand, Conceptopsteller.Draft(bron), new Bewerking(actor.Naam, time.GetUtcNow()));
        var audit = Event(time, actor, $"Concept van de raadsinformatiebrief over {maand.Naam} gegenereerd", rapportage, null);
        // Two coordinators generating the same month at once: the second finds the first one's concept.
        return await store.AddAsync(rapportage, audit, ct).ConfigureAwait(false) is { } etag
            ? new RapportageVersie(rapportage, Versie.Enkel(etag), null)
            : Geweigerd(new RapportageWeigering.BestaatAl(maand, RapportageStatus.Concept));
    }
}
