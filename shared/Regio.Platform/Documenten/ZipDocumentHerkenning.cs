using System.Buffers.Binary;
using System.IO.Compression;
using System.Xml;

namespace Regio.Platform.Documenten;

/// <summary>
/// Tells DOCX, XLSX and ODT apart from any other ZIP. Only the central directory and at most
/// <see cref="MaximumDeelBytes"/> of one small part are ever decompressed, so a zip bomb costs nothing.
/// </summary>
internal static class ZipDocumentHerkenning
{
    internal const int MaximumDeelBytes = 64 * 1024;

    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string ContentTypes = "[Content_Types].xml";
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private const string Odt = "application/vnd.oasis.opendocument.text";

    // Main parts of docm, dotm, xlsm, xltm, xlsb and the VBA project part that any of them (or a tampered docx) carries.
    private static readonly string[] MacroSoorten =
    [
        "application/vnd.ms-word.document.macroEnabled.main+xml",
        "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        "application/vnd.ms-excel.template.macroEnabled.main+xml",
        "application/vnd.ms-excel.sheet.binary.macroEnabled.main",
        "application/vnd.ms-office.vbaProject",
    ];

    public static async Task<Bepaling> RecognizeAsync(byte[] kop, Stream zip, CancellationToken cancellationToken)
    {
        try
        {
            await using var archief = await ZipArchive.CreateAsync(zip, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, cancellationToken).ConfigureAwait(false);
            if (archief.Entries.Any(e => e.IsEncrypted))
                return new DocumentWeigering.Versleuteld();
            if (IsOdt(kop) && archief.Entries.Count > 0 && archief.Entries[0].FullName == "mimetype")
                return Documentsoort.Odt;

            var contentTypes = archief.Entries.FirstOrDefault(e => e.FullName.Equals(ContentTypes, StringComparison.OrdinalIgnoreCase));
            if (contentTypes is null)
                return new DocumentWeigering.OnbekendeSoort();
            var soorten = await LeesContentTypesAsync(contentTypes, cancellationToken).ConfigureAwait(false);
            if (soorten is null)
                return new DocumentWeigering.OnbekendeSoort();
            return Beoordeel(soorten, archief);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException)
        {
            return new DocumentWeigering.Beschadigd();
        }
    }

    /// <summary>
    /// The ODF rule, checked on the raw bytes because ZipArchive does not expose the compression method: the first
    /// local entry is "mimetype", stored (method 0), without extra field, and holds exactly the ODT media type.
    /// </summary>
    private static bool IsOdt(ReadOnlySpan<byte> kop)
    {
        const int vasteKop = 30;
        if (kop.Length < vasteKop || BinaryPrimitives.ReadUInt32LittleEndian(kop) != 0x04034B50)
            return false;
        var methode = BinaryPrimitives.ReadUInt16LittleEndian(kop[8..]);
        var lengte = BinaryPrimitives.ReadUInt32LittleEndian(kop[22..]);
        var naamLengte = BinaryPrimitives.ReadUInt16LittleEndian(kop[26..]);
        var extraLengte = BinaryPrimitives.ReadUInt16LittleEndian(kop[28..]);
        var naam = "mimetype"u8;
        var inhoud = System.Text.Encoding.ASCII.GetBytes(Odt);
        return methode == 0 && naamLengte == naam.Length && extraLengte == 0 && lengte == inhoud.Length
            && kop.Length >= vasteKop + naam.Length + inhoud.Length
            && kop.Slice(vasteKop, naam.Length).SequenceEqual(naam)
            && kop.Slice(vasteKop + naam.Length, inhoud.Length).SequenceEqual(inhoud);
    }

    /// <summary>Each declaration: (ContentType, Extension of a Default or PartName of an Override); null if too large.</summary>
    private static async Task<List<(string Soort, string Sleutel)>?> LeesContentTypesAsync(ZipArchiveEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Length > MaximumDeelBytes)
            return null;
        var buffer = new byte[MaximumDeelBytes + 1];
        var gelezen = 0;
        await using (var deel = await entry.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            // Read one byte past the limit: the declared length may lie, the decompressed bytes do not.
            int n;
            while (gelezen < buffer.Length && (n = await deel.ReadAsync(buffer.AsMemory(gelezen), cancellationToken).ConfigureAwait(false)) > 0)
                gelezen += n;
        }
        if (gelezen > MaximumDeelBytes)
            return null;

        var instellingen = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var lezer = XmlReader.Create(new MemoryStream(buffer, 0, gelezen), instellingen);
        var declaraties = new List<(string, string)>();
        while (lezer.Read())
        {
            if (lezer.NodeType == XmlNodeType.Element && lezer.NamespaceURI == ContentTypesNamespace
                && lezer.GetAttribute("ContentType") is { } soort
                && (lezer.GetAttribute("PartName") ?? lezer.GetAttribute("Extension")) is { } sleutel)
            {
                declaraties.Add((soort.Trim(), lezer.LocalName == "Override" ? sleutel.TrimStart('/') : "." + sleutel));
            }
        }
        return declaraties;
    }

    /// <summary>
    /// Resolves each part in the archive as OPC does (its Override, else the Default for its extension; System.IO.Packaging
    /// declares the main part through a Default) and accepts when the parts present hold exactly one kind of main part.
    /// </summary>
    private static Bepaling Beoordeel(List<(string Soort, string Sleutel)> declaraties, ZipArchive archief)
    {
        if (declaraties.Any(d => MacroSoorten.Contains(d.Soort, StringComparer.OrdinalIgnoreCase)))
            return new DocumentWeigering.MetMacros();

        string? SoortVan(ZipArchiveEntry deel) =>
            declaraties.FirstOrDefault(d => d.Sleutel.Equals(deel.FullName, StringComparison.OrdinalIgnoreCase)).Soort
            ?? declaraties.FirstOrDefault(d => d.Sleutel.Equals(Path.GetExtension(deel.FullName), StringComparison.OrdinalIgnoreCase)).Soort;

        // [Content_Types].xml is not a part, so a Default for "xml" must not make it one.
        var hoofdsoorten = archief.Entries.Where(e => !e.FullName.Equals(ContentTypes, StringComparison.OrdinalIgnoreCase)).Select(SoortVan)
            .Where(s => s is not null && (Is(s, Docx) || Is(s, Xlsx)))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (hoofdsoorten.Count != 1)
            return new DocumentWeigering.OnbekendeSoort();
        return Is(hoofdsoorten[0]!, Docx) ? Documentsoort.Docx : Documentsoort.Xlsx;
    }

    private static bool Is(string soort, string verwacht) => soort.Equals(verwacht, StringComparison.OrdinalIgnoreCase);
}
