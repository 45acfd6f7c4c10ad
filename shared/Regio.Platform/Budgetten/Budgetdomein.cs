using Regio.Domain.Budgetten;

namespace Regio.Platform.Budgetten;

/// <summary>The domain of a budget as a form, a route or the API names it, and as a person reads it.</summary>
public static class Budgetdomein
{
    public const string Fout = "Kies het domein: jeugd, wmo of socialebasis.";

    /// <summary>jeugd, wmo or socialebasis in any case; null for anything else, a number included.</summary>
    public static Domein? Parse(string? domein) =>
        Enum.TryParse<Domein>(domein, ignoreCase: true, out var d) && Enum.IsDefined(d) && !int.TryParse(domein, out _) ? d : null;

    public static string Naam(Domein domein) => domein switch
    {
        Domein.Jeugd => "Jeugd",
        Domein.Wmo => "Wmo",
        Domein.SocialeBasis => "Sociale basis",
        _ => domein.ToString(),
    };
}
