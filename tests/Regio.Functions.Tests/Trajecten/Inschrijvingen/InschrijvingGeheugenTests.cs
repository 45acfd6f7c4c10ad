using System.Net;
using System.Text;
using Regio.Tests;

namespace Regio.Functions.Tests.Trajecten.Inschrijvingen;

/// <summary>
/// A 100 MB file goes from the client straight into Blob Storage, and the submit that verifies it streams it in blocks.
/// What is measured: <see cref="GC.GetTotalAllocatedBytes"/> of this process (the app runs in it, Azurite does not)
/// over the submit request alone. Any copy of the file in managed memory (a byte[], a MemoryStream, a buffered request)
/// would allocate at least its 100 MB; the verification's buffers and the HTTP plumbing allocate a few MB. So an
/// allocation far below the file's size proves the file did not pass through the app's memory. The count is for the
/// whole process, so this class runs alone (<see cref="Alleen"/>): other tests' allocations would otherwise be counted too.
/// </summary>
[Collection<Alleen>]
public class InschrijvingGeheugenTests(AzuriteFixture azurite)
{
    private const long Grootte = 100L * 1024 * 1024;
    private const long Grens = Grootte / 5;

    [Fact]
    public async Task A_100_MB_upload_is_submitted_while_the_apps_memory_stays_flat()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await new RegioAppFactory(azurite) { Klok = Testklok.VanafNu() }.LoadDemoDataAsync();
        var inkoper = app.ClientAs("haarlem-inkoper");
        await GepubliceerdTraject.MaakAsync(inkoper, "groot-bestand", "Openbaar", ["Perceel A"], aankondigen: true, ct);
        await Indienen.StelMomentVastAsync(inkoper, "groot-bestand", app.Klok!.GetUtcNow().AddDays(2), ["Plan van aanpak"], ct);
        var aanbieder = app.ClientAs("jeugdzorg-tekenbevoegde");
        // One 4 MB block, generated and reused: the 100 MB exist only in storage, block by block.
        var blok = new byte[Indienen.Blok];
        var kop = Encoding.ASCII.GetBytes("%PDF-1.7\n");
        var upload = await Indienen.UploadAsync(aanbieder, "groot-bestand", "Plan van aanpak", "groot.pdf", Grootte, i =>
        {
            new Random(i).NextBytes(blok);
            if (i == 0)
                kop.CopyTo(blok, 0);
            return blok;
        }, ct);

        await aanbieder.GetStringAsync(Indienen.Pad("groot-bestand"), ct);
        var voor = GC.GetTotalAllocatedBytes(precise: true);
        var response = await Indienen.DienInAsync(aanbieder, "groot-bestand", [upload], ct);
        var na = GC.GetTotalAllocatedBytes(precise: true);

        var antwoord = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, antwoord);
        Assert.Contains(upload.Sha256, antwoord, StringComparison.Ordinal);
        var gealloceerd = na - voor;
        TestContext.Current.SendDiagnosticMessage($"Indienen van 100 MB: {gealloceerd / 1024 / 1024} MB gealloceerd");
        Console.WriteLine($"Indienen van 100 MB: {gealloceerd:N0} bytes gealloceerd");
        Assert.True(gealloceerd < Grens, $"Indienen van een bestand van 100 MB alloceerde {gealloceerd:N0} bytes; verwacht minder dan {Grens:N0}.");
    }
}

/// <summary>
/// Tests that measure the whole process run after all others, one at a time. Join it with <c>[Collection&lt;Alleen&gt;]</c>:
/// a <c>[Collection("Alleen")]</c> by name does not find this unnamed definition and runs in parallel with the rest.
/// </summary>
[CollectionDefinition(DisableParallelization = true)]
public sealed class Alleen;
