using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Dialogen;
using Regio.Domain.Trajecten.Stukken;
using Regio.Platform.Documenten;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Stukken;

namespace Regio.Platform.Trajecten.Dialogen;

/// <summary>
/// A document shared in a round. The file is checked by its content, stored as a new blob, then listed in the dialogue
/// row with one server time: every participant reads that same row, so all get it at the same moment (equal treatment).
/// </summary>
public sealed class DocumentDelen(DialoogPoort poort, Dialoogwijziging wijziging, DialoogStore store, TimeProvider time)
{
    /// <param name="inhoud">A seekable stream at its start, as an uploaded form file is.</param>
    public async Task<Uitkomst<GedeeldDocument>> ShareAsync(
        Actor actor, TrajectId id, int perceel, int ronde, string? titel, string? bestandsnaam, Stream? inhoud, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, perceel, Actie.DialoogBeheren, $"document delen in dialoogronde {ronde}", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<GedeeldDocument>();
        if (inhoud is null)
            return new Uitkomst<GedeeldDocument>.Ongeldig(new Dictionary<string, string> { ["bestand"] = "Kies het bestand dat u met de deelnemers wilt delen." });
        var uitslag = await DocumentHerkenning.RecognizeAsync(inhoud, StukPublicatie.MaximumBytes, ct).ConfigureAwait(false);
        if (uitslag is not DocumentUitslag.Geaccepteerd { Controle: var controle })
            return new Uitkomst<GedeeldDocument>.Ongeldig(new Dictionary<string, string> { ["bestand"] = ((DocumentUitslag.Geweigerd)uitslag).Weigering.Melding });
        var document = new GedeeldDocument(0, Guid.NewGuid().ToString("N"), titel ?? "",
            Stukregels.Bestandsnaam(bestandsnaam, StukSoorten.Extensie(controle.Soort)), controle.Soort.ToString(), controle.Grootte, controle.Sha256,
            time.GetUtcNow(), actor.Naam);
        if (Dialoogregels.DeelDocument(c.Dialoog.Waarde, ronde, document) is DialoogUitkomst<Dialoog>.Geweigerd vooraf)
            return vooraf.Weigering;

        var blobNaam = DialoogStore.BlobNaam(id, perceel, ronde, document.Id);
        inhoud.Position = 0;
        if (await store.UploadAsync(blobNaam, inhoud, StukSoorten.ContentType(controle.Soort), controle.Sha256, ct).ConfigureAwait(false) is not { } blob)
            return new Uitkomst<GedeeldDocument>.Conflict(Dialoogwijziging.Tegelijk);
        try
        {
            var gedeeld = await AddAsync(actor, id, perceel, ronde, document, ct).ConfigureAwait(false);
            if (gedeeld is not Uitkomst<GedeeldDocument>.Gelukt)
                await store.RemoveAsync(blobNaam, blob, CancellationToken.None).ConfigureAwait(false);
            return gedeeld;
        }
        catch
        {
            await store.RemoveAsync(blobNaam, blob, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Lists the stored document in its round, at the time it is written; reads again when the dialogue changed meanwhile.</summary>
    private async Task<Uitkomst<GedeeldDocument>> AddAsync(Actor actor, TrajectId id, int perceel, int ronde, GedeeldDocument document, CancellationToken ct)
    {
        var uitkomst = await wijziging.ApplyAsync(actor, id, perceel, $"document delen in dialoogronde {ronde}",
            d => Dialoogregels.DeelDocument(d, ronde, document with { GedeeldOp = time.GetUtcNow() }),
            (_, na) => $"Document gedeeld met alle deelnemers in dialoogronde {ronde} van perceel {perceel}", ct).ConfigureAwait(false);
        return uitkomst switch
        {
            Uitkomst<Stand<Dialoog>>.Gelukt g => g.Waarde.Waarde.Ronde(ronde)!.Documenten.Single(d => d.Id == document.Id),
            Uitkomst<Stand<Dialoog>>.Conflict k => new Uitkomst<GedeeldDocument>.Conflict(k.Melding, k.Verouderd, k.Code),
            Uitkomst<Stand<Dialoog>>.Ongeldig o => new Uitkomst<GedeeldDocument>.Ongeldig(o.Fouten),
            Uitkomst<Stand<Dialoog>>.Geweigerd w => new Uitkomst<GedeeldDocument>.Geweigerd(w.Reden),
            _ => new Uitkomst<GedeeldDocument>.NietGevonden(),
        };
    }
}
