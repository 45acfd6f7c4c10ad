using System.IO.Compression;
using System.Security.Cryptography;
using DocumentFormat.OpenXml;
using Regio.Platform.Documenten;

namespace Regio.Platform.Tests.Documenten;

public class DocumentHerkenningTests
{
    private const long Maximum = 10 * 1024 * 1024;

    [Fact]
    public async Task A_pdf_is_accepted_as_pdf() =>
        Assert.Equal(Documentsoort.Pdf, (await AccepteerAsync(Voorbeeldbestanden.Pdf())).Soort);

    [Fact]
    public async Task A_docx_is_accepted_as_docx() =>
        Assert.Equal(Documentsoort.Docx, (await AccepteerAsync(Voorbeeldbestanden.Docx())).Soort);

    [Fact]
    public async Task An_xlsx_is_accepted_as_xlsx() =>
        Assert.Equal(Documentsoort.Xlsx, (await AccepteerAsync(Voorbeeldbestanden.Xlsx())).Soort);

    [Fact]
    public async Task An_odt_is_accepted_as_odt() =>
        Assert.Equal(Documentsoort.Odt, (await AccepteerAsync(Voorbeeldbestanden.Odt())).Soort);

    [Fact]
    public async Task A_pdf_saved_as_docx_is_still_a_pdf_because_the_name_plays_no_role()
    {
        var pad = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-bestek.docx");
        await File.WriteAllBytesAsync(pad, Voorbeeldbestanden.Pdf(), TestContext.Current.CancellationToken);
        try
        {
            await using var bestand = File.OpenRead(pad);
            var uitslag = await DocumentHerkenning.RecognizeAsync(bestand, Maximum, TestContext.Current.CancellationToken);
            Assert.Equal(Documentsoort.Pdf, Geaccepteerd(uitslag).Soort);
        }
        finally
        {
            File.Delete(pad);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Size_and_sha256_are_those_of_exactly_the_bytes_read(bool seekable)
    {
        var bytes = Voorbeeldbestanden.Docx();

        var controle = await AccepteerAsync(bytes, seekable);

        Assert.True(bytes.Length == controle.Grootte, $"Grootte {controle.Grootte} is niet de {bytes.Length} bytes van het bestand.");
        Assert.True(Convert.ToHexStringLower(SHA256.HashData(bytes)) == controle.Sha256, $"Sha256 {controle.Sha256} is niet die van de bytes.");
    }

    [Fact]
    public async Task A_stream_that_can_only_be_read_forward_is_recognised_too()
    {
        Assert.Equal(Documentsoort.Xlsx, (await AccepteerAsync(Voorbeeldbestanden.Xlsx(), seekable: false)).Soort);
        Assert.Equal(Documentsoort.Odt, (await AccepteerAsync(Voorbeeldbestanden.Odt(), seekable: false)).Soort);
    }

    [Fact]
    public async Task A_zip_that_is_no_office_document_is_refused_as_an_unknown_kind() =>
        await WeigerAsync<DocumentWeigering.OnbekendeSoort>(
            Voorbeeldbestanden.Zip(("offerte.txt", "Onze prijs is 10 euro.", CompressionLevel.Optimal)));

    [Fact]
    public async Task A_docm_is_refused_for_its_macros() =>
        await WeigerAsync<DocumentWeigering.MetMacros>(Voorbeeldbestanden.Docx(WordprocessingDocumentType.MacroEnabledDocument));

    [Fact]
    public async Task An_xlsm_is_refused_for_its_macros() =>
        await WeigerAsync<DocumentWeigering.MetMacros>(Voorbeeldbestanden.Xlsx(SpreadsheetDocumentType.MacroEnabledWorkbook));

    [Fact]
    public async Task Random_bytes_are_refused_as_an_unknown_kind() =>
        await WeigerAsync<DocumentWeigering.OnbekendeSoort>(Voorbeeldbestanden.WillekeurigeBytes(5000));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_empty_stream_is_refused_as_empty(bool seekable) =>
        await WeigerAsync<DocumentWeigering.Leeg>([], seekable);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_file_over_the_maximum_is_refused_as_too_large(bool seekable)
    {
        var pdf = Voorbeeldbestanden.Pdf();

        var weigering = await WeigerAsync<DocumentWeigering.TeGroot>(pdf, seekable, maximum: pdf.Length - 1);

        Assert.Contains("Het bestand is groter dan", weigering.Melding, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_of_exactly_the_maximum_is_accepted()
    {
        var pdf = Voorbeeldbestanden.Pdf();
        Assert.Equal(pdf.Length, (await AccepteerAsync(pdf, seekable: false, maximum: pdf.Length)).Grootte);
    }

    [Fact]
    public void The_too_large_message_names_the_maximum_in_megabytes() =>
        Assert.Equal(
            "Het bestand is groter dan 25 MB. Maak het kleiner of verdeel het over meer bestanden.",
            new DocumentWeigering.TeGroot(25 * 1024 * 1024).Melding);

    [Fact]
    public async Task A_password_protected_office_file_is_refused_as_encrypted() =>
        await WeigerAsync<DocumentWeigering.Versleuteld>(Voorbeeldbestanden.CompoundFile());

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_truncated_docx_is_refused_as_damaged(bool seekable)
    {
        var docx = Voorbeeldbestanden.Docx();
        await WeigerAsync<DocumentWeigering.Beschadigd>(docx[..(docx.Length / 2)], seekable);
    }

    private static async Task<DocumentControle> AccepteerAsync(byte[] bytes, bool seekable = true, long maximum = Maximum) =>
        Geaccepteerd(await RecognizeAsync(bytes, seekable, maximum));

    internal static async Task<T> WeigerAsync<T>(byte[] bytes, bool seekable = true, long maximum = Maximum)
        where T : DocumentWeigering
    {
        var uitslag = await RecognizeAsync(bytes, seekable, maximum);
        return uitslag switch
        {
            DocumentUitslag.Geweigerd { Weigering: T weigering } => weigering,
            DocumentUitslag.Geweigerd g => throw Xunit.Sdk.FailException.ForFailure($"Geweigerd als {g.Weigering.GetType().Name} in plaats van {typeof(T).Name}: {g.Weigering.Melding}"),
            _ => throw Xunit.Sdk.FailException.ForFailure($"Geaccepteerd ({uitslag}) terwijl {typeof(T).Name} verwacht werd."),
        };
    }

    private static DocumentControle Geaccepteerd(DocumentUitslag uitslag) => uitslag switch
    {
        DocumentUitslag.Geaccepteerd g => g.Controle,
        DocumentUitslag.Geweigerd g => throw Xunit.Sdk.FailException.ForFailure($"Geweigerd als {g.Weigering.GetType().Name}: {g.Weigering.Melding}"),
        _ => throw new InvalidOperationException(),
    };

    private static async Task<DocumentUitslag> RecognizeAsync(byte[] bytes, bool seekable, long maximum)
    {
        await using Stream stream = seekable ? new MemoryStream(bytes) : new AlleenVooruitStream(bytes);
        return await DocumentHerkenning.RecognizeAsync(stream, maximum, TestContext.Current.CancellationToken);
    }
}
