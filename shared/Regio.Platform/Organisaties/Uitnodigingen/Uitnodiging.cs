using Regio.Domain.Organisaties;

namespace Regio.Platform.Organisaties.Uitnodigingen;

/// <summary>
/// A person invited into an organisation by e-mail address (UPN) with roles. At their first sign-in with an account of
/// <see cref="Tenant"/> whose UPN matches, it binds to that account and becomes their membership. <see cref="Id"/> is an
/// unguessable code, used once.
/// </summary>
public sealed record Uitnodiging(
    string Id,
    OrganisatieId Organisatie,
    string Upn,
    IReadOnlySet<Rol> Rollen,
    Guid Tenant,
    string DoorActor,
    DateTimeOffset Verstuurd,
    DateTimeOffset VerlooptOp,
    Uitnodigingsgebruik? Gebruikt = null,
    Intrekking? Ingetrokken = null)
{
    public static readonly TimeSpan Geldigheid = TimeSpan.FromDays(14);

    /// <summary>Verlopen is not stored: it follows from the clock, so no timer has to mark it.</summary>
    public Uitnodigingsstaat Staat(DateTimeOffset nu) =>
        Gebruikt is not null ? Uitnodigingsstaat.Gebruikt
        : Ingetrokken is not null ? Uitnodigingsstaat.Ingetrokken
        : nu >= VerlooptOp ? Uitnodigingsstaat.Verlopen
        : Uitnodigingsstaat.Open;
}

public enum Uitnodigingsstaat
{
    Open,
    Gebruikt,
    Ingetrokken,
    Verlopen,
}

/// <summary>The account the invitation bound to, and when.</summary>
public sealed record Uitnodigingsgebruik(Guid TenantId, Guid ObjectId, string Naam, DateTimeOffset Op);

/// <summary>Who revoked the invitation, and when (as in the audit chain).</summary>
public sealed record Intrekking(string DoorActor, DateTimeOffset Op);
