using Regio.Domain.Trajecten.Beoordelingen;
using Regio.Domain.Trajecten.Gunningen;

namespace Regio.Domain.Tests.Trajecten.Gunningen;

/// <summary>A perceel with two quality criteria (60/40, scale 0-10) and consensus scores per inschrijver.</summary>
internal static class Beoordeeld
{
    public static readonly Gunningscriteria Criteria = new(
        [new Criterium("K1", "Plan van aanpak", Criteriumsoort.Kwaliteit, 60, []), new Criterium("K2", "Samenwerking", Criteriumsoort.Kwaliteit, 40, [])],
        [0, 2, 4, 6, 8, 10]);

    public static Consensus Scores(string inschrijver, int k1, int k2) => new(inschrijver,
        [new Score("K1", k1, $"Aanpak van {inschrijver}: {k1}"), new Score("K2", k2, $"Samenwerking van {inschrijver}: {k2}")],
        DateTimeOffset.UnixEpoch, "commissie");

    public static Gunningsgrondslag Grondslag(params Consensus[] consensus) => Grondslag(consensus, []);

    public static Gunningsgrondslag Grondslag(IReadOnlyList<Consensus> consensus, IReadOnlyList<Inschrijvingsstatus> ongeldig) => new(
        Criteria, consensus, Rangschikking.Bereken(Criteria, consensus),
        consensus.Select(c => c.Inschrijver).Concat(ongeldig.Select(o => o.Inschrijver)).ToDictionary(i => i, i => $"Naam {i}"),
        [.. consensus.Select(c => new Inschrijvingsstatus(c.Inschrijver, true, null)), .. ongeldig]);

    public static Gunningsbesluit Kies(Gunningsgrondslag g, string[] winnaars, string? afwijking = null) =>
        Gunningsregels.StelOp(null, 1, g.Rangschikking, winnaars, afwijking, null, g.Namen, "inkoper", DateTimeOffset.UnixEpoch) is GunningUitkomst<Gunningsbesluit>.Toegestaan t
            ? t.Waarde
            : throw new InvalidOperationException("Keuze geweigerd.");
}
