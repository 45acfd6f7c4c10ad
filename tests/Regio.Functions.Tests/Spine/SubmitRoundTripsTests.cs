using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Functions.Tests.Trajecten;
using Regio.Functions.Tests.Trajecten.Inschrijvingen;
using Regio.Functions.Tests.Trajecten.Stukken;
using Regio.Platform;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Inschrijvingen;
using Regio.Tests;

namespace Regio.Functions.Tests.Spine;

/// <summary>
/// What one submit costs in storage round trips (issue 17, deadline rush): with hundreds arriving at once, storage
/// completes a fixed number of requests per second, so every read a submit does not need is time in the queue for all.
/// The counts are pinned: a change that adds a read fails here, and says which requests it saw.
/// <para>
/// Measured for one first submit of one file (issue 17). Before: 20 requests over HTTP, of which 15 table reads (signing
/// in 4: the allow-list query, the person's index, the membership and the organisation) and 3 blob requests (HEAD twice,
/// GET); the use case alone 16. After: signing in reads the membership only (the allow-list and the organisation are
/// kept a minute, the index is checked by the membership read); the file is read with one GET; the moment once.
/// Use case: traject index and rows, aanmelding, moment, upload row, the file, the inschrijving's head, the chain head,
/// the transaction, then the perceel's count in the status (status row, moments, heads, merge: shared in a rush).
/// </para>
/// </summary>
public class SubmitRoundTripsTests(AzuriteFixture azurite)
{
    private const string Traject = "rondreizen";

    /// <summary>Table reads (point reads and queries) of one submit, the count in the status included.</summary>
    private const int TabellezingenUseCase = 10;

    /// <summary>Signing in is one of them: the membership row.</summary>
    private const int TabellezingenHttp = TabellezingenUseCase + 1;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_submit_over_HTTP_reads_only_the_membership_to_sign_in_and_at_most_eleven_table_rows_in_all()
    {
        var (app, teller, aanbieder, upload) = await KlaarOmInTeDienenAsync();
        await using var _ = app;
        HttpStatusCode? status = null;

        var telling = await teller.TelAsync(async () => status = (await Indienen.DienInAsync(aanbieder.Client, Traject, [upload], Ct)).StatusCode);

        TestContext.Current.TestOutputHelper?.WriteLine($"Eén indiening via HTTP: {telling.Samenvatting}{Environment.NewLine}{telling.Lijst}");
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.True(telling.Tabellezingen <= TabellezingenHttp,
            $"Eén indiening via HTTP las {telling.Tabellezingen} keer uit een tabel, hoogstens {TabellezingenHttp} verwacht: {telling.Samenvatting}{Environment.NewLine}{telling.Lijst}");
    }

    [Fact]
    public async Task The_submit_use_case_reads_each_thing_once_and_its_file_with_one_request()
    {
        var (app, teller, aanbieder, upload) = await KlaarOmInTeDienenAsync();
        await using var _ = app;
        var actor = await app.Services.GetRequiredService<ActorResolver>().ResolveAsync(aanbieder.Tenant, aanbieder.Persoon, aanbieder.Naam, Ct);
        var indienen = app.Services.GetRequiredService<InschrijvingIndienen>();
        Uitkomst<Ontvangstbevestiging>? uitkomst = null;

        var telling = await teller.TelAsync(async () => uitkomst = await indienen.SubmitAsync(actor!, new TrajectId(Traject), 1, Momentsoort.Inschrijving,
            [new InTeDienenBestand(upload.Document, upload.UploadId, upload.Bestandsnaam, upload.Grootte, upload.Sha256)], Ct));

        TestContext.Current.TestOutputHelper?.WriteLine($"Eén indiening (use case): {telling.Samenvatting}{Environment.NewLine}{telling.Lijst}");
        Assert.IsType<Uitkomst<Ontvangstbevestiging>.Gelukt>(uitkomst);
        var blob = telling.Verzoeken.Count(v => v.Soort.StartsWith("blob", StringComparison.Ordinal));
        Assert.True(telling.Tabellezingen <= TabellezingenUseCase && blob == 1,
            $"Eén indiening (use case): {telling.Tabellezingen} tabellezingen (hoogstens {TabellezingenUseCase}) en {blob} blobverzoeken (1 verwacht): {telling.Samenvatting}{Environment.NewLine}{telling.Lijst}");
    }

    /// <summary>A published perceel with an open moment and one aanbieder whose file is uploaded, as right before pressing submit.</summary>
    private async Task<(RegioAppFactory App, Opslagteller Teller, DemoAanbieder Aanbieder, Upload Upload)> KlaarOmInTeDienenAsync()
    {
        var klok = Testklok.VanafNu();
        var teller = new Opslagteller();
        var app = await new RegioAppFactory(azurite) { Klok = klok, Opslagbeleid = [teller] }.LoadDemoDataAsync();
        var inkoper = app.ClientAs("haarlem-inkoper");
        await GepubliceerdTraject.MaakAsync(inkoper, Traject, "Openbaar", ["Ambulante begeleiding (demo)"], aankondigen: true, Ct);
        await Indienen.StelMomentVastAsync(inkoper, Traject, klok.GetUtcNow().AddDays(3), [Deadlinestorm.Document], Ct);
        var aanbieder = (await DemoAanbieders.RegistreerAsync(app, Traject, 1, Ct))[0];
        var upload = await Indienen.UploadAsync(aanbieder.Client, Traject, Deadlinestorm.Document, "plan.pdf", Testbestanden.Pdf(aanbieder.Naam), Ct);
        return (app, teller, aanbieder, upload);
    }
}
