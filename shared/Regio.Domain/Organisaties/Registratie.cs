namespace Regio.Domain.Organisaties;

/// <summary>What a beheerder fills in to register an organisation; <see cref="Controleer"/> names every mistake at once.</summary>
public sealed record Registratie(
    string? Id, OrganisatieSoort? Soort, string? Naam, Guid? TenantId, string? KvkNummer, bool GastAccounts, string? LeadGemeente)
{
    public IReadOnlyDictionary<string, string> Controleer()
    {
        var fouten = new Dictionary<string, string>();
        if (!OrganisatieId.IsValid(Id))
        {
            fouten["id"] = "Geef een id van kleine letters, cijfers en koppeltekens (maximaal 40 tekens), bijvoorbeeld 'haarlem'.";
        }
        if (string.IsNullOrWhiteSpace(Naam) || Naam.Trim().Length > 200)
        {
            fouten["naam"] = "Geef de naam van de organisatie (maximaal 200 tekens).";
        }
        if (Soort is null)
        {
            fouten["soort"] = "Kies de soort organisatie: gemeente, regio, aanbieder of platform.";
        }
        if (Soort == OrganisatieSoort.Aanbieder && !Organisaties.KvkNummer.TryParse(KvkNummer, out _))
        {
            fouten["kvkNummer"] = "Een KvK-nummer bestaat uit precies 8 cijfers.";
        }
        if (Soort == OrganisatieSoort.Aanbieder ? TenantId is null == !GastAccounts : TenantId is null)
        {
            fouten["tenantId"] = Soort == OrganisatieSoort.Aanbieder
                ? "Geef de Entra-tenant van de aanbieder, of kies gastaccounts (niet allebei)."
                : "Geef de Entra-tenant (tenant-id, een GUID) waarmee de medewerkers zich aanmelden.";
        }
        if (TenantId == Guid.Empty)
        {
            fouten["tenantId"] = "De tenant-id mag niet uit nullen bestaan.";
        }
        if (Soort == OrganisatieSoort.Regio && !OrganisatieId.IsValid(LeadGemeente))
        {
            fouten["leadGemeente"] = "Kies de centrumgemeente die namens de regio contracteert.";
        }
        return fouten;
    }

    /// <summary>The organisation, once <see cref="Controleer"/> found nothing.</summary>
    public Organisatie AlsOrganisatie() => new(
        new OrganisatieId(Id!),
        Soort!.Value,
        Naam!.Trim(),
        TenantId,
        Organisaties.KvkNummer.TryParse(KvkNummer, out var kvk) ? kvk : null,
        Soort == OrganisatieSoort.Aanbieder && GastAccounts,
        Soort == OrganisatieSoort.Regio ? new OrganisatieId(LeadGemeente!) : null);
}
