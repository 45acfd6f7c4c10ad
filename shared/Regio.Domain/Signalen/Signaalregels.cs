using System.Globalization;
using Regio.Domain.Contracten;
using Regio.Domain.Regiostatus;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Domain.Trajecten.Planning;

namespace Regio.Domain.Signalen;

/// <summary>
/// Which dated facts produce which signal on a given moment. Pure: the same facts and the same <see cref="Peilmoment"/>
/// give the same signals, so a job can compute them every hour and store only what is new. Who receives a signal is the
/// platform's business (it knows owners, registrations and contract parties); these rules say only what and when.
/// </summary>
public static class Signaalregels
{
    public const int MijlpaalVooruitblikDagen = 7;

    public static readonly TimeSpan SluitingVooruitblik = TimeSpan.FromHours(48);

    public const int StandstillVooruitblikDagen = 3;

    public const int EvaluatieVooruitblikDagen = Contractmomenten.Vooruitblik;

    /// <summary>A moment longer ago than this no longer makes a signal: nobody acts on a month-old reminder.</summary>
    public const int VerjaringDagen = 30;

    /// <summary>Unrealised milestones due within 7 days (the planned day itself included), or overdue for at most 30 days.</summary>
    public static IEnumerable<Signaal> Mijlpalen(Traject traject, Peilmoment peil)
    {
        ArgumentNullException.ThrowIfNull(traject);
        ArgumentNullException.ThrowIfNull(peil);
        if (traject.Percelen.Count > 0 && traject.FaseOp(peil.Vandaag) == Fase.Ingetrokken)
        {
            yield break;
        }
        foreach (var stand in traject.Planning.Stand(peil.Vandaag))
        {
            var m = stand.Mijlpaal;
            var onderwerp = string.Create(CultureInfo.InvariantCulture, $"traject:{traject.Id}|mijlpaal:{m.Id}");
            var dag = Dagtekst.Lang(m.GeplandeDatum);
            switch (stand)
            {
                case MijlpaalStand.Gepland { DagenTeGaan: <= MijlpaalVooruitblikDagen }:
                    yield return new(Signaalsoort.MijlpaalNadert, onderwerp,
                        $"Mijlpaal ‘{m.Omschrijving}’ van {traject.Naam} staat gepland op {dag}.", peil.Begin(m.GeplandeDatum), traject.Id);
                    break;
                case MijlpaalStand.Verlopen { DagenTeLaat: <= VerjaringDagen }:
                    yield return new(Signaalsoort.MijlpaalVerlopen, onderwerp,
                        $"Mijlpaal ‘{m.Omschrijving}’ van {traject.Naam} stond gepland op {dag} en is nog niet als gerealiseerd vastgelegd.",
                        peil.Begin(m.GeplandeDatum), traject.Id);
                    break;
            }
        }
    }

    /// <summary>A submission moment that closes within 48 hours (exactly 48 included); none once it has closed.</summary>
    public static Signaal? Termijn(Traject traject, Perceel perceel, Indienmoment moment, Peilmoment peil)
    {
        ArgumentNullException.ThrowIfNull(traject);
        ArgumentNullException.ThrowIfNull(perceel);
        ArgumentNullException.ThrowIfNull(moment);
        ArgumentNullException.ThrowIfNull(peil);
        if (moment.IsGesloten(peil.Nu) || moment.Sluiting - peil.Nu > SluitingVooruitblik || perceel.FaseOp(peil.Vandaag) == Fase.Ingetrokken)
        {
            return null;
        }
        var onderwerp = string.Create(CultureInfo.InvariantCulture, $"traject:{traject.Id}|perceel:{perceel.Nummer}|moment:{Indienmoment.Naam(moment.Soort)}");
        return new(Signaalsoort.TermijnSluit, onderwerp,
            $"{Termijnnaam(moment.Soort)} perceel {perceel.Nummer} van {traject.Naam} sluit op {Tijdstip(peil.Lokaal(moment.Sluiting))}.",
            moment.Sluiting, traject.Id, perceel.Nummer);
    }

    /// <summary>
    /// A perceel in voorlopige gunning whose standstill ends within 3 days, or ended at most 30 days ago without a
    /// definitive award yet. The end is the last day of the term as the Algemene termijnenwet extends it.
    /// </summary>
    public static Signaal? Standstill(Traject traject, Perceel perceel, Peilmoment peil)
    {
        ArgumentNullException.ThrowIfNull(traject);
        ArgumentNullException.ThrowIfNull(perceel);
        ArgumentNullException.ThrowIfNull(peil);
        if (perceel.Dossier.Gunningsbeslissing is not { } beslissing || perceel.FaseOp(peil.Vandaag) != Fase.VoorlopigeGunning)
        {
            return null;
        }
        var einde = Trajecten.Fasemachine.Standstill.EindigtOp(beslissing.Datum);
        var dagen = einde.DayNumber - peil.Vandaag.DayNumber;
        if (dagen > StandstillVooruitblikDagen || dagen < -VerjaringDagen)
        {
            return null;
        }
        var wat = dagen >= 0 ? $"eindigt op {Dagtekst.Lang(einde)}" : $"is geëindigd op {Dagtekst.Lang(einde)}";
        return new(Signaalsoort.StandstillEindigt, string.Create(CultureInfo.InvariantCulture, $"traject:{traject.Id}|perceel:{perceel.Nummer}|standstill"),
            $"De standstill van perceel {perceel.Nummer} van {traject.Naam} {wat}; daarna kan de definitieve gunning volgen.",
            peil.Begin(einde), traject.Id, perceel.Nummer);
    }

    /// <summary>The evaluations of a contract due within 90 days (the 90th day included).</summary>
    public static IEnumerable<Signaal> Evaluaties(Contract contract, Peilmoment peil)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(peil);
        return contract.Evaluaties
            .Where(e => e.Datum >= peil.Vandaag && e.Datum.DayNumber - peil.Vandaag.DayNumber <= EvaluatieVooruitblikDagen)
            .Select(e => new Signaal(Signaalsoort.Evaluatie, string.Create(CultureInfo.InvariantCulture, $"contract:{contract.Id}|evaluatie:{e.NaJaar}"),
                $"Evaluatie na contractjaar {e.NaJaar} van het contract met {contract.Opdrachtnemer.Naam} voor perceel {contract.Perceel} van {contract.TrajectNaam} op {Dagtekst.Lang(e.Datum)}.",
                peil.Begin(e.Datum), contract.Traject, contract.Perceel, contract.Id));
    }

    /// <summary>
    /// Evaluations the traject plans for percelen that have no contract yet (see <see cref="Contractmomenten.UitTraject"/>):
    /// for the owner, who will have to organise them.
    /// </summary>
    public static IEnumerable<Signaal> GeplandeEvaluaties(Traject traject, IReadOnlySet<int> percelenMetContract, Peilmoment peil)
    {
        ArgumentNullException.ThrowIfNull(traject);
        ArgumentNullException.ThrowIfNull(percelenMetContract);
        ArgumentNullException.ThrowIfNull(peil);
        return Contractmomenten.UitTraject(traject, peil.Vandaag)
            .Where(m => m.Soort == Contractmomentsoort.Evaluatie && !percelenMetContract.Contains(m.Perceel))
            .Select(m => new Signaal(Signaalsoort.Evaluatie,
                string.Create(CultureInfo.InvariantCulture, $"traject:{traject.Id}|perceel:{m.Perceel}|evaluatie:{m.Datum:yyyy-MM-dd}"),
                $"{m.Omschrijving} van perceel {m.Perceel} van {traject.Naam} staat gepland op {Dagtekst.Lang(m.Datum)}.",
                peil.Begin(m.Datum), traject.Id, m.Perceel));
    }

    private static string Termijnnaam(Momentsoort soort) => soort switch
    {
        Momentsoort.Aanmelding => "De aanmeldtermijn voor",
        Momentsoort.Dialoog => "De termijn voor de dialoogstukken van",
        _ => "De inschrijftermijn van",
    };

    /// <summary>"woensdag 9 december 2026 om 12:00", seconds only where they are not zero.</summary>
    private static string Tijdstip(DateTimeOffset lokaal)
    {
        var tijd = lokaal.Second == 0 ? lokaal.ToString("HH:mm", CultureInfo.InvariantCulture) : lokaal.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        return $"{Dagtekst.Lang(DateOnly.FromDateTime(lokaal.DateTime))} om {tijd}";
    }
}
