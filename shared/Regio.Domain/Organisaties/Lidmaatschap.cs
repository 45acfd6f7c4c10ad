namespace Regio.Domain.Organisaties;

/// <summary>A person (Entra tenant + object id) who works for an organisation, with the roles they have there.</summary>
public sealed record Lidmaatschap(Guid TenantId, Guid ObjectId, OrganisatieId Organisatie, string Naam, IReadOnlySet<Rol> Rollen);
