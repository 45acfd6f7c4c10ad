namespace Regio.Domain.Tests.Trajecten.Planning;

using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Planning;

/// <summary>Plannings for the tests, starting from Haarlem's huishoudelijke ondersteuning, and helpers to unwrap outcomes.</summary>
internal static class Planningen
{
    public const string Inkoper = "haarlem/inkoper-1";
    public const string KortGeding = "inwerkingtreding opgeschort vanwege kort geding";

    public static readonly DateOnly GeplandeStart = new(2022, 1, 1);
    public static readonly DateOnly WerkelijkeStart = new(2022, 4, 1);
    public static readonly DateTimeOffset Ingepland = new(2021, 9, 1, 10, 0, 0, TimeSpan.FromHours(2));
    public static readonly DateTimeOffset Verschoven = new(2021, 12, 20, 14, 30, 0, TimeSpan.FromHours(1));
    public static readonly DateTimeOffset Vastgelegd = new(2022, 4, 1, 9, 0, 0, TimeSpan.FromHours(2));

    public static Mijlpaalplanning Leeg => Mijlpaalplanning.Voor(new TrajectId("huishoudelijke-ondersteuning-2022"));

    /// <summary>Only the contract start, planned for 1 January 2022; its id is 1.</summary>
    public static Mijlpaalplanning MetContractStart =>
        Bijgewerkt(Leeg.Plan(MijlpaalSoort.ContractStart, "Start contract huishoudelijke ondersteuning", GeplandeStart, Inkoper, Ingepland)).Planning;

    public static readonly MijlpaalId ContractStart = new(1);

    public static Mijlpaalplanning Verschoven_naar_april =>
        Bijgewerkt(MetContractStart.Verschuif(ContractStart, WerkelijkeStart, Inkoper, Verschoven, KortGeding)).Planning;

    public static Mijlpaalplanning Gerealiseerd_in_april =>
        Bijgewerkt(Verschoven_naar_april.LegVast(ContractStart, WerkelijkeStart, Inkoper, Vastgelegd, WerkelijkeStart)).Planning;

    public static PlanningUitkomst.Bijgewerkt Bijgewerkt(PlanningUitkomst uitkomst) =>
        Assert.IsType<PlanningUitkomst.Bijgewerkt>(uitkomst);

    public static PlanningWeigering Weigering(PlanningUitkomst uitkomst) =>
        Assert.IsType<PlanningUitkomst.Geweigerd>(uitkomst).Weigering;
}
