using Regio.Domain.Aanbieders;
using Regio.Domain.Contracten;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Platform.Contracten;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>
/// What <see cref="GunningPoort"/> let a use case in to: the traject with the version a write must still find, the
/// perceel, its gunning as stored, for whom the actor acts (null: for no inschrijver) and the date the policy decided on.
/// </summary>
public sealed record Gunningscontext(Traject Traject, Versie TrajectVersie, Perceel Perceel, GelezenGunning Gunning, Inschrijver? Als, DateOnly Vandaag)
{
    public Gunningsbesluit? Besluit => Gunning.Besluit?.Waarde;

    /// <summary>The actor acts for an inschrijver that was sent a letter on this perceel.</summary>
    public bool IsOntvanger => Als is { } als && Gunning.Brieven.Any(b => b.Inschrijver == als.Sleutel);

    public bool Mag(Actor actor, Actie actie) => AccessPolicy.BeslisGunning(actor, actie, Traject, Vandaag, IsOntvanger) is Toegang.Besluit.Toegestaan;

    /// <summary>
    /// The gate that refuses the definitive award today, or null when it may happen. The standstill and bezwaren come
    /// first, whatever phase the perceel is in, because that is what a person waits for; then the phase machine itself.
    /// </summary>
    public Weigering? DefinitiefGeweigerd()
    {
        if (Besluit is not { Verzonden: not null, Definitief: null } || Traject.Procedure is not { } procedure)
            return null;
        var dossier = Perceel.Dossier;
        return Poorten.Controleer(procedure, Fase.VoorlopigeGunning, Fase.DefinitieveGunning, dossier, Vandaag)
            ?? (Fasewissel.Vraag(procedure, Perceel.FaseOp(Vandaag), Fase.DefinitieveGunning, dossier, Vandaag) is Domain.Trajecten.Fasemachine.Uitkomst.Geweigerd g
                ? g.Weigering
                : null);
    }

    /// <summary>The contracts of this perceel; for an inschrijver (<paramref name="alleenVan"/>) only its own.</summary>
    internal async Task<IReadOnlyList<Contract>> GetContractenAsync(ContractStore contracten, string? alleenVan, CancellationToken ct)
    {
        var alle = await contracten.ListAsync(Traject.Eigenaar, ct).ConfigureAwait(false);
        return alle.Select(v => v.Contract)
            .Where(k => k.Traject == Traject.Id && k.Perceel == Perceel.Nummer && (alleenVan is null || k.Opdrachtnemer.Inschrijver == alleenVan))
            .ToList();
    }
}
