using Regio.Domain.Budgetten;
using Regio.Domain.Trajecten;

namespace Regio.Functions.Features.Trajecten.Paginas;

/// <summary>How the trajecten pages name procedures, domains and funding: short, in the words inkopers use.</summary>
public static class TrajectTeksten
{
    public const string NietVastgelegd = "Niet vastgelegd";

    public static string Kort(this Procedure procedure) => procedure switch
    {
        Procedure.Dialooggericht => "Dialooggericht (SAS)",
        Procedure.OpenHouse => "Open house",
        Procedure.Openbaar => "Openbaar",
        Procedure.MeervoudigOnderhands => "Meervoudig onderhands",
        Procedure.EnkelvoudigOnderhands => "Enkelvoudig onderhands",
        _ => procedure.ToString(),
    };

    public static string Naam(this Domein domein) => domein switch
    {
        Domein.Jeugd => "Jeugd",
        Domein.Wmo => "Wmo",
        Domein.SocialeBasis => "Sociale basis",
        _ => domein.ToString(),
    };

    public static string Naam(this Bekostiging bekostiging) => bekostiging switch
    {
        Bekostiging.Taakgericht => "Taakgericht",
        Bekostiging.Inspanningsgericht => "Inspanningsgericht",
        Bekostiging.Outputgericht => "Outputgericht",
        _ => bekostiging.ToString(),
    };

    /// <summary>"Na jaar 3 en 6", or that there are none.</summary>
    public static string Evaluaties(IReadOnlyList<int> jaren) => jaren.Count switch
    {
        0 => "Geen evaluatiemomenten",
        1 => $"Na jaar {jaren[0]}",
        _ => $"Na jaar {string.Join(", ", jaren.Order().SkipLast(1))} en {jaren.Max()}",
    };

    public static string Jaren(int jaren) => jaren == 1 ? "1 jaar" : $"{jaren} jaar";

    /// <summary>The choices of a select: the value the form posts (the enum's name) and the text a person reads.</summary>
    public static IReadOnlyList<(string Waarde, string Tekst)> Procedures { get; } =
        Enum.GetValues<Procedure>().Select(p => (p.ToString(), p.Kort())).ToList();

    public static IReadOnlyList<(string Waarde, string Tekst)> Domeinen { get; } =
        Enum.GetValues<Domein>().Select(d => (d.ToString(), d.Naam())).ToList();

    public static IReadOnlyList<(string Waarde, string Tekst)> Fasen(Fase? behalve = null) =>
        Enum.GetValues<Fase>().Where(f => f != behalve).Select(f => (f.ToString(), f.Naam())).ToList();

    public static T? Lees<T>(string? tekst) where T : struct, Enum =>
        Enum.TryParse<T>(tekst, ignoreCase: false, out var waarde) && Enum.IsDefined(waarde) && !int.TryParse(tekst, out _) ? waarde : null;
}
