namespace Regio.Platform.Storage;

/// <summary>The tables and containers of the platform. Infra (infra/storage.bicep) creates the same ones.</summary>
public static class Names
{
    public const string RegiosTable = "regios";
    public const string TrajectenTable = "trajecten";
    public const string BudgettenTable = "budgetten";
    public const string OrganisatiesTable = "organisaties";

    /// <summary>Registrations of aanbieders and combinaties, one partition per perceel.</summary>
    public const string AanmeldingenTable = "aanmeldingen";

    /// <summary>
    /// Sealed submissions: moments, versions, upload grants, openings and their audit chain, one partition per perceel;
    /// and one partition "uploadverloop" of reminders of expired grants, for the upload cleanup.
    /// </summary>
    public const string InschrijvingenTable = "inschrijvingen";

    /// <summary>Published documents of trajecten.</summary>
    public const string PublicatiesContainer = "publicaties";

    /// <summary>Sealed submissions: no public access, readable only after the opening.</summary>
    public const string InschrijvingenContainer = "inschrijvingen";

    /// <summary>The regio's monthly raadsinformatiebrieven, one row per month, and their audit chain.</summary>
    public const string RapportagesTable = "rapportages";

    /// <summary>The documents (DOCX) of final raadsinformatiebrieven.</summary>
    public const string RapportagesContainer = "rapportages";

    /// <summary>Sent gunningsbrieven (DOCX): created once, never overwritten; their SHA-256 is kept with the gunning.</summary>
    public const string GunningsbrievenContainer = "gunningsbrieven";

    /// <summary>Runs of the background jobs, one partition per job, newest first.</summary>
    public const string JobsTable = "jobs";

    /// <summary>Signals about coming and passed moments, one partition per organisation, newest moment first.</summary>
    public const string SignalenTable = "signalen";

    /// <summary>The lock blobs of the background jobs (one lease per job).</summary>
    public const string JobsContainer = "jobs";

    /// <summary>ASP.NET Core data-protection keys, shared by all instances of the app.</summary>
    public const string DataProtectionContainer = "dataprotection";

    public static readonly IReadOnlyList<string> Tables = [RegiosTable, TrajectenTable, BudgettenTable, OrganisatiesTable, AanmeldingenTable, InschrijvingenTable, RapportagesTable, JobsTable, SignalenTable];

    public static readonly IReadOnlyList<string> Containers = [PublicatiesContainer, InschrijvingenContainer, DataProtectionContainer, RapportagesContainer, GunningsbrievenContainer, JobsContainer];
}
