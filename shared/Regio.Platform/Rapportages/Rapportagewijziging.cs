using Regio.Domain.Rapportages;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Rapportages;

/// <summary>What every change to a letter shares: its audit event in the month's own chain, and how a refusal is answered.</summary>
internal static class Rapportagewijziging
{
    public const string Verouderd = "Iemand anders heeft deze raadsinformatiebrief intussen gewijzigd. Lees hem opnieuw en probeer het nog eens.";

    public static AuditEvent Event(TimeProvider time, Actor actor, string actie, Rapportage rapportage, Rapportage? voor) =>
        new(time.GetUtcNow(), actor.AuditNaam, actie, $"rapportage:{rapportage.Regio}:{rapportage.Maand}",
            voor is null ? null : Json.Write(voor.Teksten), Json.Write(new { rapportage.Status, rapportage.Versie, rapportage.Teksten }));

    public static Uitkomst<RapportageVersie>.Conflict Geweigerd(RapportageWeigering weigering) => new(weigering.Melding, Code: weigering.Code);
}
