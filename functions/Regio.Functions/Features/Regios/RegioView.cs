using Regio.Domain.Trajecten;
using Regio.Platform.Regios;

namespace Regio.Functions.Features.Regios;

public sealed record RegioView(string Id, string Naam, DateOnly Peildatum, IReadOnlyList<GemeenteView> Gemeenten, IReadOnlyList<TrajectView> Trajecten)
{
    public static RegioView From(RegioOverzicht o) => new(
        o.Regio.Id.Value,
        o.Regio.Naam,
        o.Peildatum,
        o.Regio.Gemeenten.Select(g => new GemeenteView(g.Id.Value, g.Naam, g.Subregio)).ToList(),
        o.Trajecten.Select(TrajectView.From).ToList());
}

public sealed record GemeenteView(string Id, string Naam, string Subregio);

public sealed record TrajectView(
    string Id, string Naam, string Eigenaar, IReadOnlyList<string> Deelnemers, string? Procedure, string Fase, IReadOnlyList<PerceelView> Percelen)
{
    public static TrajectView From(TrajectStand s) => new(
        s.Traject.Id.Value,
        s.Traject.Naam,
        s.Traject.Eigenaar.Sleutel,
        s.Traject.Deelnemers.Select(d => d.Value).ToList(),
        s.Traject.Procedure?.ToString(),
        s.Fase.ToString(),
        s.Percelen.Select(p => new PerceelView(p.Perceel.Nummer, p.Perceel.Naam, p.Fase.ToString(), p.Sinds?.Datum)).ToList());
}

public sealed record PerceelView(int Nummer, string Naam, string Fase, DateOnly? FaseSinds);
