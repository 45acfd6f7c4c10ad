using System.Collections.Frozen;

namespace Regio.Domain.Trajecten.Fasemachine;

public readonly record struct Stap(Fase Van, Fase Naar);

/// <summary>Which phase may follow which, per procedure. The gates that guard each step are in <see cref="Poorten"/>.</summary>
public static class Overgangstabel
{
    private static readonly FrozenDictionary<Procedure, FrozenSet<Stap>> Tabellen = new Dictionary<Procedure, FrozenSet<Stap>>
    {
        [Procedure.Dialooggericht] = Pad(
            Fase.Voorbereiding, Fase.Aangekondigd, Fase.Selectie, Fase.Dialoog, Fase.Inschrijving,
            Fase.Beoordeling, Fase.VoorlopigeGunning, Fase.DefinitieveGunning, Fase.Gecontracteerd),
        [Procedure.Openbaar] = Pad(
            Fase.Voorbereiding, Fase.Aangekondigd, Fase.Inschrijving,
            Fase.Beoordeling, Fase.VoorlopigeGunning, Fase.DefinitieveGunning, Fase.Gecontracteerd),
        // Invited aanbieders, no public aankondiging.
        [Procedure.MeervoudigOnderhands] = Pad(
            Fase.Voorbereiding, Fase.Inschrijving,
            Fase.Beoordeling, Fase.VoorlopigeGunning, Fase.DefinitieveGunning, Fase.Gecontracteerd),
        // One aanbieder, nobody to warn before signing: no voorlopige gunning, so no standstill.
        [Procedure.EnkelvoudigOnderhands] = Pad(
            Fase.Voorbereiding, Fase.Inschrijving, Fase.Beoordeling, Fase.DefinitieveGunning, Fase.Gecontracteerd),
        // Open house admits every aanbieder that meets the criteria, for as long as it stays open. There is
        // no competition, hence no selection, beoordeling of offers against each other or standstill:
        // Aangekondigd means "open for admission", and Gecontracteerd means the first admitted aanbieder
        // has signed; later admissions are facts in the dossier (Toelatingen), not new phases.
        [Procedure.OpenHouse] = Pad(Fase.Voorbereiding, Fase.Aangekondigd, Fase.Gecontracteerd),
    }.ToFrozenDictionary();

    public static IReadOnlySet<Stap> Van(Procedure procedure) =>
        Tabellen.TryGetValue(procedure, out var tabel) ? tabel : FrozenSet<Stap>.Empty;

    public static bool Staat(Procedure procedure, Fase van, Fase naar) => Van(procedure).Contains(new Stap(van, naar));

    public static bool IsAfgesloten(Fase fase) => fase is Fase.Gecontracteerd or Fase.Ingetrokken;

    /// <summary>Each phase leads to the next, and every open phase can be withdrawn (ingetrokken).</summary>
    private static FrozenSet<Stap> Pad(params Fase[] fasen)
    {
        var stappen = new HashSet<Stap>();
        for (var i = 0; i < fasen.Length; i++)
        {
            if (i + 1 < fasen.Length)
            {
                stappen.Add(new Stap(fasen[i], fasen[i + 1]));
            }
            if (!IsAfgesloten(fasen[i]))
            {
                stappen.Add(new Stap(fasen[i], Fase.Ingetrokken));
            }
        }
        return stappen.ToFrozenSet();
    }
}
