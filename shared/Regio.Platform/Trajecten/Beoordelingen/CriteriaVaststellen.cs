using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Beoordelingen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Inschrijvingen;
using static Regio.Platform.Trajecten.Beoordelingen.Beoordelingswijziging;

namespace Regio.Platform.Trajecten.Beoordelingen;

/// <summary>
/// The owner's inkoper or the regio coordinator sets or replaces the award criteria until the inschrijvingen are opened.
/// The moment "inschrijving" is part of the same transaction at the version read, so an opening confirmed meanwhile makes
/// the write fail and the next attempt finds the criteria frozen.
/// </summary>
public sealed class CriteriaVaststellen(Beoordelingswijziging wijziging)
{
    /// <param name="gelezen">The version of the criteria as read; null when there are none yet.</param>
    public Task<Uitkomst<Gelezen<Gunningscriteria>>> SaveAsync(
        Actor actor, TrajectId id, int perceel, Gunningscriteria? criteria, Versie? gelezen, CancellationToken ct) =>
        wijziging.ApplyAsync<Gunningscriteria>(actor, id, perceel, Actie.BeoordelingLeiden, "gunningscriteria vaststellen", c =>
        {
            if (c.Dossier.IsGeopend)
                return (null, (Uitkomst<Gelezen<Gunningscriteria>>)new BeoordelingWeigering.CriteriaBevroren());
            if (Verouderd<Gelezen<Gunningscriteria>>(c.Gelezen.Criteria?.Versie, gelezen, "De gunningscriteria van dit perceel zijn al vastgesteld.") is { } verouderd)
                return (null, verouderd);
            var uitkomst = Beoordelingsverloop.StelCriteriaVast(c.Dossier, criteria ?? new Gunningscriteria([], []), c.Traject.Contract?.ReeleTarieven == true);
            if (uitkomst is not BeoordelingUitkomst<Gunningscriteria>.Toegestaan { Waarde: var nieuw })
                return (null, (Uitkomst<Gelezen<Gunningscriteria>>)(((BeoordelingUitkomst<Gunningscriteria>.Geweigerd)uitkomst).Weigering));
            var partitie = InschrijvingRijen.Partitie(id, perceel);
            return (new Wijziging<Gunningscriteria>(nieuw, BeoordelingRijen.Rij(partitie, nieuw), c.Gelezen.Criteria?.ETag, gelezen is not null,
                c.Gelezen.Criteria is null ? $"Gunningscriteria van perceel {perceel} vastgesteld" : $"Gunningscriteria van perceel {perceel} gewijzigd",
                Json.Write(nieuw), MomentVastzetten: true), null);
        }, ct);
}
