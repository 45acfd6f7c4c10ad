namespace Regio.Domain.Trajecten.Fasemachine;

/// <summary>
/// The opschortende termijn: at least 20 calendar days after the gunningsbeslissing (art. 2.127 Aw),
/// during which the opdracht may not be definitively awarded.
/// </summary>
public static class Standstill
{
    public const int Kalenderdagen = 20;

    /// <summary>
    /// The last day of the standstill. The Algemene termijnenwet extends a statutory term that ends on
    /// a Saturday, Sunday or recognised holiday to the next day that is none of these.
    /// </summary>
    public static DateOnly EindigtOp(DateOnly gunningsbeslissing)
    {
        var einde = gunningsbeslissing.AddDays(Kalenderdagen);
        while (!Termijnenwet.IsWerkdag(einde))
        {
            einde = einde.AddDays(1);
        }
        return einde;
    }

    public static bool IsVoorbij(DateOnly gunningsbeslissing, DateOnly vandaag) => vandaag > EindigtOp(gunningsbeslissing);
}

/// <summary>The days that the Algemene termijnenwet (art. 1 and 3) does not count as the end of a term.</summary>
public static class Termijnenwet
{
    public static bool IsWerkdag(DateOnly dag) =>
        dag.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsFeestdag(dag);

    public static bool IsFeestdag(DateOnly dag)
    {
        var pasen = Pasen(dag.Year);
        return (dag.Month, dag.Day) is (1, 1) or (5, 5) or (12, 25) or (12, 26)
            || dag == Koningsdag(dag.Year)
            || dag == pasen.AddDays(1)
            || dag == pasen.AddDays(39)
            || dag == pasen.AddDays(50);
    }

    /// <summary>27 April, or the 26th when the 27th is a Sunday.</summary>
    private static DateOnly Koningsdag(int jaar)
    {
        var dag = new DateOnly(jaar, 4, 27);
        return dag.DayOfWeek == DayOfWeek.Sunday ? dag.AddDays(-1) : dag;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).</summary>
    private static DateOnly Pasen(int jaar)
    {
        int a = jaar % 19, b = jaar / 100, c = jaar % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int maand = (h + l - (7 * m) + 114) / 31, dag = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(jaar, maand, dag);
    }
}
