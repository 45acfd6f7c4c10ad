using Regio.Domain.Organisaties;

namespace Regio.Platform.Toegang;

/// <summary>
/// The access policy's answer. <see cref="NietGevonden"/> is for what the actor may not even know exists (answered 404);
/// <see cref="Geweigerd"/> for an action on something they can see but lack the role for (403, with what to ask for).
/// </summary>
public abstract record Besluit
{
    private Besluit() { }

    public sealed record Toegestaan(OrganisatieScope Scope) : Besluit;

    public sealed record NietGevonden : Besluit;

    public sealed record Geweigerd(string Reden) : Besluit;
}

/// <summary>
/// Proof that the access policy allowed something for one organisation. Only the policy (and the platform's own
/// system jobs) can make one, and the stores that hold an organisation's private data ask for it.
/// </summary>
public sealed class OrganisatieScope
{
    internal OrganisatieScope(OrganisatieId organisatie) => Organisatie = organisatie;

    public OrganisatieId Organisatie { get; }

    internal static OrganisatieScope Systeem(OrganisatieId organisatie) => new(organisatie);
}
