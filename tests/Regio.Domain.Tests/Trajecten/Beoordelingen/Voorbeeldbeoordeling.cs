using Regio.Domain.Trajecten.Beoordelingen;

namespace Regio.Domain.Tests.Trajecten.Beoordelingen;

/// <summary>A perceel with two criteria (one with subcriteria), two beoordelaars and two opened, valid inschrijvingen.</summary>
internal static class Voorbeeldbeoordeling
{
    public static readonly DateTimeOffset Nu = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public static Gunningscriteria Criteria { get; } = new(
    [
        new Criterium("K1", "Visie op transformatie", Criteriumsoort.Kwaliteit, 60, [new Subcriterium("a", "Ambulantisering", 50), new Subcriterium("b", "Normalisatie", 50)]),
        new Criterium("K2", "Samenwerking", Criteriumsoort.Kwaliteit, 40, []),
    ], [0, 2, 4, 6, 8, 10]);

    public static readonly Beoordelaar Anna = new("haarlem:a", "Anna (demo)");
    public static readonly Beoordelaar Bram = new("haarlem:b", "Bram (demo)");

    public static Beoordelingsdossier Geopend() => new(Criteria, [Anna, Bram], ["aanbieder|x", "aanbieder|y"],
        [Geldig("aanbieder|x"), Geldig("aanbieder|y")], [], [], IsGeopend: true);

    public static Geldigheid Geldig(string inschrijver) => new(inschrijver, true, null, Nu, "Anna (demo)");

    public static List<Score> Scores(int k1a, int k1b, int k2) =>
        [new("K1.a", k1a, "Concreet plan."), new("K1.b", k1b, "Past bij de wijk."), new("K2", k2, "Goede afspraken.")];

    public static IndividueleBeoordeling Beoordeling(Beoordelaar b, string inschrijver) => new(b.Sleutel, inschrijver, Scores(6, 6, 6), Nu);

    public static T Toegestaan<T>(BeoordelingUitkomst<T> uitkomst) =>
        uitkomst is BeoordelingUitkomst<T>.Toegestaan t ? t.Waarde : throw new Xunit.Sdk.XunitException($"Geweigerd: {((BeoordelingUitkomst<T>.Geweigerd)uitkomst).Weigering}");

    public static BeoordelingWeigering Geweigerd<T>(BeoordelingUitkomst<T> uitkomst) =>
        uitkomst is BeoordelingUitkomst<T>.Geweigerd g ? g.Weigering : throw new Xunit.Sdk.XunitException("Toegestaan, weigering verwacht.");
}
