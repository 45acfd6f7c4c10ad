using System.Xml.Linq;
using Azure.Storage.Blobs;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Regio.Platform.Storage;

/// <summary>
/// Keeps ASP.NET Core's data-protection keys (they sign the sign-in cookie and antiforgery tokens) in a private blob
/// container, so that every instance of the function app reads the same keys. One blob per key, never overwritten.
/// </summary>
public sealed class DataProtectionKeyRepository(StorageClients clients) : IXmlRepository
{
    private BlobContainerClient Container => clients.Container(Names.DataProtectionContainer);

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        Container.CreateIfNotExists();
        return Container.GetBlobs()
            .Select(blob => XElement.Parse(Container.GetBlobClient(blob.Name).DownloadContent().Value.Content.ToString()))
            .ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        Container.CreateIfNotExists();
        Container.GetBlobClient($"{friendlyName}.xml").Upload(BinaryData.FromString(element.ToString(SaveOptions.DisableFormatting)), overwrite: false);
    }
}
