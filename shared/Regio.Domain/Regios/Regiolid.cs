namespace Regio.Domain.Regios;

/// <summary>
/// A gemeente as a beheerder names it for a regio: a gemeente organisation on the platform by its id, or, with
/// <see cref="Nieuw"/>, one that is registered as part of onboarding the regio. <see cref="Subregio"/> may be empty.
/// </summary>
public sealed record Regiolid(string? Id, string? Subregio, NieuweGemeente? Nieuw = null);

/// <summary>A gemeente that is not on the platform yet: its name without "Gemeente" and the Entra tenant its people sign in with.</summary>
public sealed record NieuweGemeente(string? Naam, string? TenantId)
{
    /// <summary>The tenant as a GUID; null when it is missing, not a GUID or all zeros.</summary>
    public Guid? Tenant => Guid.TryParse(TenantId?.Trim(), out var tenant) && tenant != Guid.Empty ? tenant : null;
}
