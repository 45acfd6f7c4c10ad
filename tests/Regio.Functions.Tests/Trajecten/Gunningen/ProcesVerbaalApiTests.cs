using System.Net;
using System.Text.Json;
using Regio.Tests;
using static Regio.Functions.Tests.Trajecten.Gunningen.Gunningsperceel;

namespace Regio.Functions.Tests.Trajecten.Gunningen;

/// <summary>The proces-verbaal and the award notice data, drawn up from what the platform stored.</summary>
public class ProcesVerbaalApiTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, (int, int)> Scores = new() { [Jeugdzorg] = (10, 8), [Thuishulp] = (8, 8), [Duinstreek] = (4, 6) };

    [Fact]
    public async Task The_proces_verbaal_lists_every_submission_with_its_receipt_and_the_opening_by_both_persons()
    {
        await using var p = await MaakAsync(azurite, "gunning-pv", Scores);
        await Verwacht(await p.GunAsync(Jeugdzorg), "verzenden");
        var documenten = JsonDocument.Parse(await p.Inkoper.GetStringAsync($"{Inschrijvingen.Indienen.Pad(p.Traject)}/momenten/inschrijving/documenten", Ct)).RootElement;
        var pv = await p.Inkoper.GetAsync($"{p.Pad}/proces-verbaal", Ct);
        Assert.Equal(HttpStatusCode.OK, pv.StatusCode);
        var bytes = await pv.Content.ReadAsByteArrayAsync(Ct);
        var tekst = Tekst(bytes);
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), false))
        {
            var fouten = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document, Ct).Select(f => f.Description).ToList();
            Assert.True(fouten.Count == 0, "Het proces-verbaal is geen geldig Word-document:\n" + string.Join("\n", fouten));
        }

        foreach (var naam in new[] { "Jeugdzorg Kennemerland B.V. (demo)", "Thuishulp IJmond (demo)", "Welzijn Duinstreek (demo)" })
            Assert.Contains($"{naam} | 1 | ", tekst, StringComparison.Ordinal);
        Assert.Contains("gestart door Anna de Vries (demo)", tekst, StringComparison.Ordinal);
        Assert.Contains("bevestigd door Wouter Smits (demo)", tekst, StringComparison.Ordinal);
        Assert.Contains("Plan van demo-jeugdzorg-kennemerland: 10 (demo)", tekst, StringComparison.Ordinal);
        Assert.Contains("Gunningsbeslissing verzonden voor perceel 1", tekst, StringComparison.Ordinal);
        Assert.Equal(3, documenten.GetProperty("inschrijvingen").GetArrayLength());

        var aankondiging = JsonDocument.Parse(await p.Inkoper.GetStringAsync($"{p.Pad}/proces-verbaal/aankondiging", Ct)).RootElement;
        Assert.Equal(3, aankondiging.GetProperty("aantalInschrijvingen").GetInt32());
        Assert.Equal("90000001", aankondiging.GetProperty("winnaars")[0].GetProperty("leden")[0].GetProperty("kvk").GetString());
        Assert.Equal("Gemeente Haarlem", aankondiging.GetProperty("aanbestedendeDienst").GetProperty("naam").GetString());
        Assert.Equal(9, aankondiging.GetProperty("looptijdJaren").GetInt32());
    }
}
