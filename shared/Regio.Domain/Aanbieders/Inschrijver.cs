using Regio.Domain.Organisaties;

namespace Regio.Domain.Aanbieders;

/// <summary>
/// Who submits to a perceel: one aanbieder alone, or a combinatie that bids as one. <see cref="Sleutel"/> is stable
/// and safe in storage keys ("aanbieder|{id}" or "combinatie|{id}"); <see cref="Leden"/> are the organisations whose
/// people act for it (one for an aanbieder alone, the penvoerder first for a combinatie).
/// </summary>
public sealed record Inschrijver(string Sleutel, string Naam, IReadOnlyList<OrganisatieId> Leden)
{
    public static Inschrijver Alleen(Organisatie aanbieder)
    {
        ArgumentNullException.ThrowIfNull(aanbieder);
        return new($"aanbieder|{aanbieder.Id}", aanbieder.Naam, [aanbieder.Id]);
    }

    public bool HeeftLid(OrganisatieId organisatie) => Leden.Contains(organisatie);
}
