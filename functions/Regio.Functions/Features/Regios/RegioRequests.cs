using Regio.Domain.Regios;
using Regio.Functions.Hosting;

namespace Regio.Functions.Features.Regios;

/// <summary>A regio to onboard: its name, optionally its id (else made from the name), its centrumgemeente and its gemeenten.</summary>
public sealed record RegioAanmeldingRequest(string? Naam, [property: IdVeld] string? Id, [property: IdVeld] string? LeadGemeente, IReadOnlyList<RegiolidRequest>? Gemeenten)
{
    public Regioaanmelding AlsAanmelding() => new(Naam, Id, LeadGemeente, Gemeenten?.Select(g => g.AlsLid()).ToList());
}

/// <summary>A regio as it should be after the change; the members in order, each a registered gemeente.</summary>
public sealed record RegioWijzigingRequest(string? Naam, [property: IdVeld] string? LeadGemeente, IReadOnlyList<RegiolidRequest>? Gemeenten)
{
    public Regiowijziging AlsWijziging() => new(Naam, LeadGemeente, Gemeenten?.Select(g => g.AlsLid()).ToList());
}

/// <summary>A member: a registered gemeente by its id, or with <see cref="Nieuw"/> a gemeente that is registered with the regio.</summary>
public sealed record RegiolidRequest([property: IdVeld] string? Id, string? Subregio, NieuweGemeenteRequest? Nieuw)
{
    public Regiolid AlsLid() => new(Id, Subregio, Nieuw is { } n ? new NieuweGemeente(n.Naam, n.TenantId) : null);
}

/// <summary>A gemeente new to the platform: its name without "Gemeente" and its Entra tenant-id (a GUID).</summary>
public sealed record NieuweGemeenteRequest(string? Naam, string? TenantId);
