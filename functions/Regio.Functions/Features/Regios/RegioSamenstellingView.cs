using Regio.Platform.Regios;

namespace Regio.Functions.Features.Regios;

/// <summary>A regio's composition: its name, centrumgemeente (null when not recorded) and gemeenten in order, each with its subregio.</summary>
public sealed record RegioSamenstellingView(string Id, string Naam, string? LeadGemeente, IReadOnlyList<GemeenteView> Gemeenten)
{
    public static RegioSamenstellingView From(Regioversie r) => new(
        r.Regio.Id.Value,
        r.Regio.Naam,
        r.Regio.LeadGemeente?.Value,
        r.Regio.Gemeenten.Select(g => new GemeenteView(g.Id.Value, g.Naam, g.Subregio)).ToList());
}
