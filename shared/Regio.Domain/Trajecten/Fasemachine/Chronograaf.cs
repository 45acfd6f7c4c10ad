namespace Regio.Domain.Trajecten.Fasemachine;

/// <summary>
/// When a perceel next needs a look because time alone opens a gate (OpenProcurement's chronograph).
/// A timer calls <see cref="Fasewissel.Vraag"/> on that date, exactly as a person would.
/// </summary>
public static class Chronograaf
{
    /// <summary>The first date after <paramref name="vandaag"/> on which a gate of the next step opens by time, or null.</summary>
    public static DateOnly? VolgendeControle(Procedure procedure, Fase huidig, Dossier dossier, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        if (Overgangstabel.IsAfgesloten(huidig))
        {
            return null;
        }
        DateOnly? datum = huidig switch
        {
            // A planned publication or invitation counts from its own date.
            Fase.Voorbereiding => procedure is Procedure.MeervoudigOnderhands or Procedure.EnkelvoudigOnderhands
                ? dossier.UitnodigingVerzonden
                : dossier.AankondigingGepubliceerd,
            Fase.Inschrijving => dossier.InschrijvingstermijnSluit?.AddDays(1),
            Fase.VoorlopigeGunning => NaStandstill(dossier, vandaag),
            _ => null,
        };
        return datum > vandaag ? datum : null;
    }

    private static DateOnly? NaStandstill(Dossier dossier, DateOnly vandaag)
    {
        if (dossier.Gunningsbeslissing is not { } gunning)
        {
            return null;
        }
        var open = Standstill.EindigtOp(gunning.Datum).AddDays(1);
        // A future recorded ruling is a date too; a pending bezwaar without one waits for a person to record it.
        var uitspraken = dossier.Bezwaren.Where(b => b.Ingediend <= vandaag).Select(b => b.Uitspraak).ToList();
        if (uitspraken.Any(u => u is null))
        {
            return null;
        }
        var laatste = uitspraken.Select(u => u!.Value).DefaultIfEmpty(open).Max();
        return laatste > open ? laatste : open;
    }
}
