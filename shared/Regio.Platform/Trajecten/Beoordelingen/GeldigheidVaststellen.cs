using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Beoordelingen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Inschrijvingen;
using static Regio.Platform.Trajecten.Beoordelingen.Beoordelingswijziging;

namespace Regio.Platform.Trajecten.Beoordelingen;

/// <summary>After the opening, the verdict on each inschrijving's validity (SAS obligation c); changing a verdict needs its version.</summary>
public sealed class GeldigheidVaststellen(Beoordelingswijziging wijziging, TimeProvider time)
{
    /// <param name="gelezen">The version of the verdict as read; null when there is none yet.</param>
    public Task<Uitkomst<Gelezen<Geldigheid>>> SaveAsync(
        Actor actor, TrajectId id, int perceel, string inschrijver, bool? geldig, string? reden, Versie? gelezen, CancellationToken ct) =>
        wijziging.ApplyAsync<Geldigheid>(actor, id, perceel, Actie.BeoordelingLeiden, "geldigheid vaststellen", c =>
        {
            var bestaand = c.Gelezen.GeldigheidVan(inschrijver);
            var uitkomst = Beoordelingsverloop.StelGeldigheidVast(c.Dossier, inschrijver, geldig, reden, actor.Naam, time.GetUtcNow());
            if (uitkomst is not BeoordelingUitkomst<Geldigheid>.Toegestaan { Waarde: var g })
                return (null, (Uitkomst<Gelezen<Geldigheid>>)(((BeoordelingUitkomst<Geldigheid>.Geweigerd)uitkomst).Weigering));
            if (Verouderd<Gelezen<Geldigheid>>(bestaand?.Versie, gelezen, "Voor deze inschrijving is de geldigheid al vastgesteld.") is { } verouderd)
                return (null, verouderd);
            return (new Wijziging<Geldigheid>(g, BeoordelingRijen.Rij(InschrijvingRijen.Partitie(id, perceel), g), bestaand?.ETag, gelezen is not null,
                $"Inschrijving van {c.Gelezen.Naam(inschrijver)} {(g.Geldig ? "geldig" : "ongeldig")} verklaard",
                Json.Write(new { g.Inschrijver, g.Geldig, g.Reden })), null);
        }, ct);
}
