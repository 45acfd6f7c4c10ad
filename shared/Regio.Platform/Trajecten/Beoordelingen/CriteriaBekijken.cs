using Regio.Domain.Trajecten;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Beoordelingen;

/// <summary>
/// The award criteria. They are part of the tender documents, so everyone who may see the traject reads them (aanbieders
/// that registered included).
/// </summary>
public sealed class CriteriaBekijken(BeoordelingPoort poort)
{
    public async Task<Uitkomst<Criteriabeeld>> GetAsync(Actor actor, TrajectId id, int perceel, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, perceel, Actie.CriteriaInzien, "gunningscriteria lezen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<Criteriabeeld>();
        return new Criteriabeeld(c.Traject, c.Perceel, c.Gelezen.Criteria, c.Dossier.IsGeopend, c.Mag(actor, Actie.BeoordelingLeiden) && !c.Dossier.IsGeopend);
    }
}
