namespace Regio.Platform.Storage;

/// <summary>
/// Where the data lives. Locally a connection string (Azurite's well-known development account);
/// in Azure the account's service URIs, reached with the app's managed identity.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public string? ConnectionString { get; set; }

    public Uri? TableServiceUri { get; set; }

    public Uri? BlobServiceUri { get; set; }

    /// <summary>Client id of the user-assigned managed identity; empty for the system identity or a developer login.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Prepended to every table and container name, so that tests can share one Azurite.</summary>
    public string Prefix { get; set; } = "";
}
