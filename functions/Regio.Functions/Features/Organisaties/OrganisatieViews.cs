using Regio.Domain.Organisaties;
using Regio.Functions.Hosting;
using Regio.Platform.Organisaties;
using Regio.Platform.Storage;

namespace Regio.Functions.Features.Organisaties;

/// <param name="Status">bevestigd, onbevestigd (an aanbieder that registered itself) or geweigerd (with <paramref name="Weigerreden"/>).</param>
public sealed record OrganisatieView(string Id, string Soort, string Naam, Guid? TenantId, string? KvkNummer, bool GastAccounts, string? LeadGemeente,
    string Status, string? Weigerreden)
{
    public static OrganisatieView From(Organisatie o) =>
        new(o.Id.Value, o.Soort.ToString().ToLowerInvariant(), o.Naam, o.TenantId, o.Kvk?.Value, o.GastAccounts, o.LeadGemeente?.Value,
            o.Status.ToString().ToLowerInvariant(), o.Weigerreden);
}

public sealed record OrganisatieDetailView(OrganisatieView Organisatie, IReadOnlyList<string> MogelijkeRollen, bool MagRollenBeheren, IReadOnlyList<LidView> Leden)
{
    public static OrganisatieDetailView From(OrganisatieMetLeden o) => new(
        OrganisatieView.From(o.Organisatie),
        o.Organisatie.MogelijkeRollen.Select(r => r.Naam()).ToList(),
        o.MagRollenBeheren,
        o.Leden.Select(l => LidView.From(l.Lid, l.Versie)).ToList());
}

public sealed record LidView(Guid TenantId, Guid ObjectId, string Naam, IReadOnlyList<string> Rollen, string ETag)
{
    public static LidView From(Lidmaatschap lid, Versie versie) =>
        new(lid.TenantId, lid.ObjectId, lid.Naam, lid.Rollen.Order().Select(r => r.Naam()).ToList(), versie.ToString());
}

public sealed record RegistratieRequest(string? Id, string? Soort, string? Naam, Guid? TenantId, string? KvkNummer, bool GastAccounts, [property: IdVeld] string? LeadGemeente)
{
    public Registratie AlsRegistratie() => new(
        Id, Enum.TryParse<OrganisatieSoort>(Soort, ignoreCase: true, out var soort) && Enum.IsDefined(soort) && !int.TryParse(Soort, out _) ? soort : null,
        Naam, TenantId, KvkNummer, GastAccounts, LeadGemeente);
}

public sealed record LidRequest(string? Naam, IReadOnlyList<string>? Rollen);
