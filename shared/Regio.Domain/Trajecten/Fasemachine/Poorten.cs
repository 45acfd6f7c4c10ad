namespace Regio.Domain.Trajecten.Fasemachine;

/// <summary>
/// The legal obligations that guard each step of the <see cref="Overgangstabel"/>. Checked in a fixed
/// order, first closing the phase being left, then entering the new one, so a person fixes the oldest gap first.
/// </summary>
public static class Poorten
{
    /// <summary>Phases whose course the law wants on paper before they are left.</summary>
    private static readonly Fase[] MetProcesVerbaal = [Fase.Selectie, Fase.Dialoog, Fase.Inschrijving, Fase.Beoordeling];

    public static Weigering? Controleer(Procedure procedure, Fase van, Fase naar, Dossier dossier, DateOnly vandaag)
    {
        // Withdrawal is allowed mid-phase: it needs its own reason, not the paperwork of a completed phase.
        if (naar == Fase.Ingetrokken)
        {
            return dossier.Intrekking is { } i && i.Datum <= vandaag && !string.IsNullOrWhiteSpace(i.Motivering)
                ? null
                : new Weigering.GeenMotivering();
        }
        if (MetProcesVerbaal.Contains(van) && !dossier.ProcessenVerbaal.Any(pv => pv.Fase == van && pv.Datum <= vandaag))
        {
            return new Weigering.GeenProcesVerbaal(van);
        }
        return naar switch
        {
            Fase.Aangekondigd => Gebeurd(dossier.AankondigingGepubliceerd, vandaag) ? null : new Weigering.GeenAankondiging(),
            Fase.Selectie => Gebeurd(dossier.HoofdkenmerkenVastgelegd, vandaag) ? null : new Weigering.GeenHoofdkenmerken(),
            Fase.Inschrijving when van == Fase.Voorbereiding =>
                Gebeurd(dossier.UitnodigingVerzonden, vandaag) ? null : new Weigering.GeenUitnodiging(),
            Fase.Beoordeling => NaarBeoordeling(dossier, vandaag),
            Fase.VoorlopigeGunning => GunningsbeslissingVastgelegd(dossier, vandaag) ? null : new Weigering.GeenGunningsbeslissing(),
            Fase.DefinitieveGunning => NaarDefinitieveGunning(procedure, dossier, vandaag),
            Fase.Gecontracteerd => NaarGecontracteerd(procedure, dossier, vandaag),
            _ => null,
        };
    }

    private static Weigering? NaarBeoordeling(Dossier dossier, DateOnly vandaag)
    {
        if (dossier.InschrijvingstermijnSluit is not { } sluit)
        {
            return new Weigering.GeenInschrijvingstermijn();
        }
        // The closing day itself is still open for submissions.
        if (vandaag <= sluit)
        {
            return new Weigering.TermijnLooptNog(sluit);
        }
        return Gebeurd(dossier.OpeningGeregistreerd, vandaag) ? null : new Weigering.GeenOpeningsregistratie();
    }

    private static Weigering? NaarDefinitieveGunning(Procedure procedure, Dossier dossier, DateOnly vandaag)
    {
        // Enkelvoudig onderhands skips the voorlopige gunning, so the decision itself is checked here, without standstill.
        if (!GunningsbeslissingVastgelegd(dossier, vandaag))
        {
            return new Weigering.GeenGunningsbeslissing();
        }
        if (procedure == Procedure.EnkelvoudigOnderhands)
        {
            return null;
        }
        var einde = Standstill.EindigtOp(dossier.Gunningsbeslissing!.Datum);
        if (vandaag <= einde)
        {
            return new Weigering.StandstillLoopt(einde);
        }
        return BezwaarLoopt(dossier, vandaag) ? new Weigering.BezwaarLoopt() : null;
    }

    private static Weigering? NaarGecontracteerd(Procedure procedure, Dossier dossier, DateOnly vandaag)
    {
        if (procedure == Procedure.OpenHouse)
        {
            return dossier.Toelatingen.Any(t => t.Toegelaten <= vandaag && Gebeurd(t.OvereenkomstGetekend, vandaag))
                ? null
                : new Weigering.GeenGecontracteerdeAanbieder();
        }
        if (!Gebeurd(dossier.OvereenkomstGetekend, vandaag))
        {
            return new Weigering.OvereenkomstNietGetekend();
        }
        return Gebeurd(dossier.GunningGepubliceerd, vandaag) || !PublicatieVerplicht(procedure)
            ? null
            : new Weigering.GunningNietGepubliceerd();
    }

    /// <summary>
    /// The aankondiging van de gegunde opdracht follows a published aankondiging (art. 2.39 and 2.134 Aw);
    /// onderhandse procedures were never announced, so there is nothing to follow up.
    /// </summary>
    public static bool PublicatieVerplicht(Procedure procedure) =>
        procedure is Procedure.Dialooggericht or Procedure.Openbaar;

    public static bool BezwaarLoopt(Dossier dossier, DateOnly vandaag) =>
        dossier.Bezwaren.Any(b => b.Ingediend <= vandaag && !Gebeurd(b.Uitspraak, vandaag));

    private static bool GunningsbeslissingVastgelegd(Dossier dossier, DateOnly vandaag) =>
        dossier.Gunningsbeslissing is { } g && g.Datum <= vandaag && !string.IsNullOrWhiteSpace(g.Motivering);

    private static bool Gebeurd(DateOnly? datum, DateOnly vandaag) => Datum.Gebeurd(datum, vandaag);
}
