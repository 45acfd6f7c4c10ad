using Regio.Domain.Trajecten.Gunningen;
using Regio.Platform.Trajecten.Beoordelingen;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>What the letters are checked against, both in the preview and when they are sent.</summary>
internal static class Verzendcontrole
{
    /// <summary>
    /// What the letters are made of, or why the beoordeling is not complete: no criteria, no opened inschrijvingen, an
    /// inschrijving without a verdict on its validity, or a valid one without a consensus.
    /// </summary>
    public static (Gunningsgrondslag? Grondslag, string? Onvolledig) Grondslag(Beoordelingsuitslag? uitslag)
    {
        if (uitslag is null)
            return (null, "er zijn nog geen gunningscriteria vastgesteld.");
        var statussen = uitslag.Namen.Keys.Select(k => uitslag.Geldigheden.FirstOrDefault(g => g.Inschrijver == k) is { } g
            ? new Inschrijvingsstatus(k, g.Geldig, g.Reden)
            : null).ToList();
        var grondslag = new Gunningsgrondslag(uitslag.Criteria, uitslag.Consensus, uitslag.Rangschikking, uitslag.Namen, statussen.OfType<Inschrijvingsstatus>().ToList());
        var zonderOordeel = uitslag.Namen.Where(n => uitslag.Geldigheden.All(g => g.Inschrijver != n.Key)).Select(n => n.Value).ToList();
        var onvolledig = uitslag.Namen.Count == 0 ? "er zijn geen geopende inschrijvingen."
            : zonderOordeel.Count > 0 ? $"van {string.Join(", ", zonderOordeel)} is nog niet vastgesteld of de inschrijving geldig is."
            : !uitslag.Compleet ? "niet elke geldige inschrijving heeft een consensusscore."
            : null;
        return (grondslag, onvolledig);
    }

    /// <summary>The concept checked again against today's ranking: a consensus changed since drafting may make it wrong.</summary>
    public static GunningWeigering? Nagekeken(Gunningsbesluit concept, Gunningsgrondslag grondslag) =>
        Gunningsregels.StelOp(null, concept.Perceel, grondslag.Rangschikking, concept.Winnaars, concept.Afwijking, concept.Toelichting, grondslag.Namen, concept.OpgesteldDoor, concept.OpgesteldOp)
            is GunningUitkomst<Gunningsbesluit>.Geweigerd g ? g.Weigering : null;
}
