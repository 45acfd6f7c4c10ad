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
    /// <summary>Publish aanbestedingsstukken of a traject or perceel, or a new version of one.</summary>
    DocumentPubliceren,
    /// <summary>Ask a question about a published traject (an aanbieder, for the Nota van Inlichtingen).</summary>
    VraagStellen,
    /// <summary>Answer questions and publish the Nota van Inlichtingen.</summary>
    VraagBeantwoorden,
    /// <summary>See the questions as asked, with who asked them (the traject's owner only).</summary>
    VragenInzien,
    /// <summary>Read a traject's audit history and have its chain verified.</summary>
    GeschiedenisInzien,
}
