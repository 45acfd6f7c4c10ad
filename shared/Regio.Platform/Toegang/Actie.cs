namespace Regio.Platform.Toegang;

public enum Actie
{
    /// <summary>See an organisation's own page.</summary>
    OrganisatieBekijken,
    /// <summary>See who works for an organisation and with which roles.</summary>
    LedenBekijken,
    /// <summary>Give or take roles of people of an organisation.</summary>
    RollenBeheren,
    /// <summary>Register organisations and list all of them.</summary>
    OrganisatiesBeheren,
    /// <summary>See a traject and its percelen.</summary>
    TrajectBekijken,
    /// <summary>Change a traject: add percelen, change phases.</summary>
    TrajectBeheren,
    /// <summary>Start a new traject for an owner (a gemeente or the regio).</summary>
    TrajectAanmaken,
}
