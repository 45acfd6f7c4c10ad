namespace Regio.Domain.Organisaties;

/// <summary>What a person may do for their organisation. Which roles exist depends on the kind of organisation.</summary>
public enum Rol
{
    Inkoper,
    Beleidsmedewerker,
    Beoordelaar,
    Budgethouder,
    Lezer,
    Regiocoordinator,
    Medewerker,
    Tekenbevoegde,
    Beheerder,
}

public static class Rollen
{
    public static IReadOnlyList<Rol> Voor(OrganisatieSoort soort) => soort switch
    {
        OrganisatieSoort.Gemeente => [Rol.Inkoper, Rol.Beleidsmedewerker, Rol.Beoordelaar, Rol.Budgethouder, Rol.Lezer],
        OrganisatieSoort.Regio => [Rol.Regiocoordinator],
        OrganisatieSoort.Aanbieder => [Rol.Medewerker, Rol.Tekenbevoegde],
        OrganisatieSoort.Platform => [Rol.Beheerder],
        _ => [],
    };

    /// <summary>The name in URLs, JSON and tokens: lower case, e.g. <c>regiocoordinator</c>.</summary>
    public static string Naam(this Rol rol) => rol.ToString().ToLowerInvariant();

    public static string Omschrijving(this Rol rol) => rol switch
    {
        Rol.Inkoper => "Inkoper",
        Rol.Beleidsmedewerker => "Beleidsmedewerker",
        Rol.Beoordelaar => "Beoordelaar",
        Rol.Budgethouder => "Budgethouder",
        Rol.Lezer => "Lezer",
        Rol.Regiocoordinator => "Regiocoördinator",
        Rol.Medewerker => "Medewerker",
        Rol.Tekenbevoegde => "Tekenbevoegde",
        Rol.Beheerder => "Platformbeheerder",
        _ => rol.ToString(),
    };

    public static bool TryParse(string? naam, out Rol rol) =>
        Enum.TryParse(naam, ignoreCase: true, out rol) && Enum.IsDefined(rol) && !int.TryParse(naam, out _);
}
