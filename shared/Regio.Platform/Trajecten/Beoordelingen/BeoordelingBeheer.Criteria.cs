using Azure;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Beoordelingen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Platform.Trajecten.Beoordelingen;

/// <summary>
/// The award criteria. They are part of the tender documents, so everyone who may see the traject reads them (aanbieders
/// that registered included). The owner's inkoper or the regio coordinator sets them until the inschrijvingen are opened.
/// </summary>
public sealed partial class BeoordelingBeheer
{
    public async Task<Uitkomst<Criteriabeeld>> CriteriaAsync(Actor actor, TrajectId id, int perceel, CancellationToken ct)
    {
        var toegang = await OpenAsync(actor, id, perceel, Actie.CriteriaInzien, "gunningscriteria lezen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<Criteriabeeld>();
        return new Criteriabeeld(c.Traject, c.Perceel, c.Gelezen.Criteria, c.Dossier.IsGeopend, c.Mag(actor, Actie.BeoordelingLeiden) && !c.Dossier.IsGeopend);
    }

    /// <summary>
    /// Sets or replaces the criteria. The moment "inschrijving" is part of the same transaction at the version read, so an
    /// opening confirmed meanwhile makes the write fail and the next attempt finds the criteria frozen.
    /// </summary>
    public Task<Uitkomst<Gelezen<Gunningscriteria>>> StelCriteriaVastAsync(
        Actor actor, TrajectId id, int perceel, Gunningscriteria? criteria, ETag? etag, CancellationToken ct) =>
        WijzigAsync<Gunningscriteria>(actor, id, perceel, Actie.BeoordelingLeiden, "gunningscriteria vaststellen", c =>
        {
            if (c.Dossier.IsGeopend)
                return (null, (Uitkomst<Gelezen<Gunningscriteria>>)new BeoordelingWeigering.CriteriaBevroren());
            if (Versie<Gelezen<Gunningscriteria>>(c.Gelezen.Criteria?.ETag, etag, "De gunningscriteria van dit perceel zijn al vastgesteld.") is { } verouderd)
                return (null, verouderd);
            var uitkomst = Beoordelingsverloop.StelCriteriaVast(c.Dossier, criteria ?? new Gunningscriteria([], []), c.Traject.Contract?.ReeleTarieven == true);
            if (uitkomst is not BeoordelingUitkomst<Gunningscriteria>.Toegestaan { Waarde: var nieuw })
                return (null, (Uitkomst<Gelezen<Gunningscriteria>>)(((BeoordelingUitkomst<Gunningscriteria>.Geweigerd)uitkomst).Weigering));
            var partitie = InschrijvingRijen.Partitie(id, perceel);
            return (new Wijziging<Gunningscriteria>(nieuw, BeoordelingRijen.Rij(partitie, nieuw), c.Gelezen.Criteria?.ETag, etag is not null,
                c.Gelezen.Criteria is null ? $"Gunningscriteria van perceel {perceel} vastgesteld" : $"Gunningscriteria van perceel {perceel} gewijzigd",
                Json.Write(nieuw), MomentVastzetten: true), null);
        }, ct);
}
