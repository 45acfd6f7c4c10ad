using Regio.Domain.Aanbieders;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Audit;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Inschrijvingen;

/// <summary>
/// What the use cases of the sealed submissions share: every change is written with its audit event in the perceel's
/// partition of "inschrijvingen", about a subject that says whose submission or which opening it concerns.
/// </summary>
internal static class Inschrijvingswijziging
{
    public const string Tegelijk = "Tegelijk met u is dit gewijzigd. Er is niets opgeslagen; bekijk de pagina opnieuw en probeer het nog eens.";

    public static AuditEvent Event(TimeProvider time, Actor actor, string actie, string onderwerp, string? voor, string? na) =>
        new(time.GetUtcNow(), actor.AuditNaam, actie, onderwerp, voor, na);

    public static string Onderwerp(TrajectId id, int perceel, Inschrijver als) => Onderwerp(id, perceel, als.Sleutel);

    /// <summary>What the audit events about one inschrijver's submissions are about; its own history is read by it.</summary>
    public static string Onderwerp(TrajectId id, int perceel, string inschrijver) => $"inschrijving:{id}:{perceel}:{inschrijver}";

    /// <summary>What the audit events about the opening of a moment are about.</summary>
    public static string OpeningOnderwerp(TrajectId id, int perceel, Momentsoort soort) => $"opening:{id}:{perceel}:{Indienmoment.Naam(soort)}";

    public static string Sluiting(Indienmoment? moment) => moment is null ? "" : Termijntekst.Moment(moment.Sluiting);

    public static Ontvangstbevestiging Bewijs(Inschrijvingscontext c, Momentsoort soort, string inschrijver, Indiening v) => new(
        v.BewijsId, c.Traject.Id.Value, c.Traject.Naam, c.Perceel.Nummer, c.Perceel.Naam, soort, inschrijver, v.Versie, v.Tijdstip, v.Door, v.Bestanden, v.Ingetrokken);
}
