using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Aanbieders;

/// <summary>A combinatie with its members, their status and statements, for its members and those invited (others: not found).</summary>
public sealed class CombinatieBekijken(Combinatiepoort poort)
{
    public async Task<Uitkomst<Combinatiebeeld>> GetAsync(Actor actor, string id, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, Actie.CombinatieBekijken, "bekijken", ct).ConfigureAwait(false);
        return toegang.TryGet(out var gelezen)
            ? new Combinatiebeeld(gelezen.Versie.Combinatie, Versie.Enkel(gelezen.Versie.ETag), gelezen.Traject, gelezen.Eigen)
            : toegang.RefusalAs<Combinatiebeeld>();
    }
}
