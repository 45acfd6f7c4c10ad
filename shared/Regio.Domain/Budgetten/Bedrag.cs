using System.Globalization;

namespace Regio.Domain.Budgetten;

/// <summary>Amounts are stored in whole euros and shown in k€ where the source documents do.</summary>
public static class Bedrag
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static long VanKiloEuro(long kiloEuro) => checked(kiloEuro * 1000);

    public static string AlsKiloEuro(long euro) => (euro / 1000m).ToString("#,##0", Nl);
}
