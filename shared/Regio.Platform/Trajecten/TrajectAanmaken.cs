using Regio.Domain.Trajecten;
using Regio.Platform.Regios;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten;

/// <summary>Starting a traject for an owner the actor may act for, checked against the gemeenten of the owner's regio.</summary>
public sealed class TrajectAanmaken(TrajectStore store, Toegangspoort toegangspoort, Werkgebied werkgebied, TimeProvider time)
{
    public async Task<Uitkomst<TrajectVersie>> CreateAsync(Actor actor, NieuwTraject nieuw, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(nieuw);
        var geldigeEigenaar = Eigenaar.TryParse(nieuw.Eigenaar, out var eigenaar);
        if (geldigeEigenaar && AccessPolicy.Beslis(actor, Actie.TrajectAanmaken, eigenaar) is var besluit and not Besluit.Toegestaan)
        {
            return await toegangspoort.WeigerAsync<TrajectVersie>(actor, $"traject aanmaken voor {eigenaar.Sleutel}", besluit, ct).ConfigureAwait(false);
        }
        var bekendeRegio = geldigeEigenaar ? await werkgebied.GetAsync(eigenaar, ct).ConfigureAwait(false) : null;
        var fouten = nieuw.Controleer(bekendeRegio);
        if (fouten.Count > 0)
        {
            return new Uitkomst<TrajectVersie>.Ongeldig(fouten);
        }
        var traject = nieuw.AlsTraject(bekendeRegio!);
        if (await store.GetAsync(traject.Id, ct).ConfigureAwait(false) is not null)
        {
            return Bestaat(traject.Id);
        }
        var audit = new Audit.AuditEvent(time.GetUtcNow(), actor.AuditNaam, "Traject aangemaakt", $"traject:{traject.Id}", null, Json.Write(traject));
        var toegevoegd = await store.AddWithVersieAsync(traject, audit, ct).ConfigureAwait(false);
        return toegevoegd switch
        {
            { Versie: { } versie } => new TrajectVersie(traject, versie, time.Vandaag()),
            { TeGroot: { } teGroot } => Trajectopslag.TeGroot(teGroot),
            _ => Bestaat(traject.Id),
        };
    }

    private static Uitkomst<TrajectVersie>.Conflict Bestaat(TrajectId id) => new($"Er is al een traject met id '{id}'. Kies een ander id.");
}
