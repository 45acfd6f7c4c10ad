using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Regio.Platform.Demo;
using Regio.Tests;

namespace Regio.Functions.Tests.Auth;

/// <summary>
/// Every API endpoint, taken from the app's own endpoint data source, called as every kind of actor from another tenant
/// against Haarlem's resources. Nothing of Haarlem's may leak and nothing may change; what an actor may not see is 404.
/// </summary>
public partial class IsolationMatrixTests(AzuriteFixture azurite)
{
    /// <summary>
    /// Endpoints that answer everyone, or answer about the caller only; their bodies are still checked for leaks. The
    /// coordinator reads its own regio's shared keuzes: only what gemeenten chose to share (GedeeldeKeuzesApiTests). The regio
    /// status answers the coordinator and the regio's gemeenten (Velsen) with what they may see; the leak check below still
    /// holds for it, so Haarlem's unpublished traject and people must stay out of it (RegiostatusApiTests).
    /// </summary>
    private static readonly HashSet<string> PublicOrSelf = ["GET /api/regio/", "GET /api/me", "GET /api/organisaties/", "GET /api/trajecten/", "GET /api/aanbieders/", "GET /api/aanbieders/aanmeldingen",
        "GET /api/regio/{regioId}/gedeelde-keuzes/", "GET /api/regio/{regioId}/status",
        // The composition of every regio (name, centrumgemeente, gemeenten) is public, as the regio page shows it.
        "GET /api/regios/", "GET /api/regios/{regioId}",
        // The coordinator writes its own regio's raadsinformatiebrieven (Velsen lists the final ones): not Haarlem's (RapportageApiTests).
        "GET /api/regio/{regioId}/rapportages/", "POST /api/regio/{regioId}/rapportages/", "GET /api/regio/{regioId}/rapportages/{maand}",
        "GET /api/regio/{regioId}/rapportages/{maand}/docx",
        // Contracts: everyone lists only those they are party to or pay for; none of Haarlem's unpublished traject (GunningApiTests).
        "GET /api/contracten/",
        // Open data for anyone: only published trajecten, so the leak check below keeps Haarlem's unpublished one out (OcdsApiTests).
        "GET /api/ocds/releases", "GET /api/ocds/records",
        // The same per regio at their new addresses.
        "GET /api/regios/{regioId}/gedeelde-keuzes/", "GET /api/regios/{regioId}/status",
        "GET /api/regios/{regioId}/rapportages/", "POST /api/regios/{regioId}/rapportages/", "GET /api/regios/{regioId}/rapportages/{maand}",
        "GET /api/regios/{regioId}/rapportages/{maand}/docx", "GET /api/regios/{regioId}/ocds/releases", "GET /api/regios/{regioId}/ocds/records",
        // Someone without organisation (the unknown tenant) registers their own care provider; members get 409 (ZelfregistratieApiTests).
        "POST /api/aanbieders/registratie"];

    /// <summary>
    /// Refused to everyone but the platform beheerder before anything is read (403), so the answer says nothing about
    /// whether the organisation exists.
    /// </summary>
    private static readonly HashSet<string> AlleenBeheerder = ["POST /api/aanbieders/{id}/bevestiging"];

    /// <summary>The route values that are the same in both directions: Haarlem's by default, a test overrides what is its own.</summary>
    private static readonly Dictionary<string, string> VasteWaarden = new()
    {
        ["organisatieId"] = "demo-welzijn-duinstreek",
        ["id"] = "haarlem",
        ["trajectId"] = "haarlem-geheim",
        ["nummer"] = "1",
        ["vraagNummer"] = "1",
        ["mijlpaalId"] = "1",
        ["documentId"] = "bestek",
        ["versie"] = "1",
        ["gemeenteId"] = "haarlem",
        ["importId"] = "0123456789abcdef0123456789abcdef",
        ["keuzeId"] = "sociaal-wijkteam",
        ["regioId"] = "zk-ijmond",
        ["maand"] = "2022-01",
        ["domein"] = "jeugd",
        ["ronde"] = "1",
        ["deelnemer"] = "aanbieder|demo-jeugdzorg-kennemerland",
        ["documentNummer"] = "1",
        ["aanvraagNummer"] = "1",
        ["moment"] = "inschrijving",
        ["bewijsId"] = "0123456789abcdef0123456789abcdef",
        ["uploadId"] = "0123456789abcdef0123456789abcdef",
        ["inschrijver"] = "aanbieder|demo-jeugdzorg-kennemerland",
        ["beoordelaar"] = "haarlem-beoordelaar",
        ["bezwaarNummer"] = "1",
        ["contractId"] = "haarlem-geheim.1.aanbieder.demo-jeugdzorg-kennemerland",
        ["uitnodigingId"] = "0123456789abcdef0123456789abcdef",
    };

    private const string GeheimTraject = "Geheim lokaal traject van Haarlem (demo)";

    private const string UitgenodigdAdres = "uitgenodigd@haarlem.example";

    private static readonly string[] Inkoper = ["inkoper"];

    private static readonly string[] Uea = ["Uea"];

    private static readonly string[] Actors =
        ["velsen-inkoper", "regio-coordinator", "jeugdzorg-tekenbevoegde", "thuishulp-medewerker", "haarlem-zonder-rol", "onbekende-tenant", "anoniem",
            // The people of the made-up second regio, who have nothing to do with Haarlem at all.
            "kust-coordinator", "zeedorp-inkoper", "kustzorg-tekenbevoegde"];

    [Fact]
    public async Task No_actor_of_another_tenant_reaches_Haarlems_resources_through_any_api_endpoint()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var demo = DemoOrganisaties.Lees();
        var haarlemMensen = demo.Gebruikers.Where(g => g.Organisatie == "haarlem").ToList();
        var eva = haarlemMensen.Single(g => g.Id == "haarlem-lezer");
        var inkoper = app.ClientAs("haarlem-inkoper");
        var before = await inkoper.GetStringAsync("/api/organisaties/haarlem", TestContext.Current.CancellationToken);
        var evaEtag = JsonDocument.Parse(before).RootElement.GetProperty("leden").EnumerateArray()
            .Single(l => l.GetProperty("objectId").GetGuid() == eva.ObjectId).GetProperty("eTag").GetString()!;
        // An unpublished local traject of Haarlem: only Haarlem may know it exists.
        var aangemaakt = await inkoper.PostAsJsonAsync("/api/trajecten", new
        {
            id = "haarlem-geheim", naam = GeheimTraject, eigenaar = "gemeente:haarlem", procedure = "Dialooggericht", percelen = new[] { "Perceel A" },
        }, TestContext.Current.CancellationToken);
        Assert.True(aangemaakt.IsSuccessStatusCode, await aangemaakt.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var trajectEtag = aangemaakt.Headers.ETag!.ToString();
        var trajectBefore = await inkoper.GetStringAsync("/api/trajecten/haarlem-geheim", TestContext.Current.CancellationToken);
        // A document in it, so that downloading it and adding a version are real things to refuse.
        var stuk = await inkoper.PostAsync("/api/trajecten/haarlem-geheim/documenten",
            Trajecten.Stukken.Testbestanden.Formulier("Bestek", Trajecten.Stukken.Testbestanden.Pdf()), TestContext.Current.CancellationToken);
        Assert.True(stuk.IsSuccessStatusCode, await stuk.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var stukkenBefore = await inkoper.GetStringAsync("/api/trajecten/haarlem-geheim/documenten", TestContext.Current.CancellationToken);
        var budgethouder = app.ClientAs("haarlem-budgethouder");
        var budgetBefore = await budgethouder.GetStringAsync("/api/gemeenten/haarlem/budget", TestContext.Current.CancellationToken)
            + await budgethouder.GetStringAsync("/api/gemeenten/haarlem/lokale-keuzes", TestContext.Current.CancellationToken);
        // A combinatie of an aanbieder that is none of the actors: only its own members may know it exists.
        var duinstreek = app.ClientAs("duinstreek-medewerker");
        var combinatie = await duinstreek.PostAsJsonAsync("/api/aanbieders/combinaties",
            new { trajectId = "jeugdhulp-2023", perceel = 2, naam = "Lekcombinatie (demo)", verklaringen = new[] { "Uea" } }, TestContext.Current.CancellationToken);
        Assert.True(combinatie.IsSuccessStatusCode, await combinatie.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var combinatieId = System.Text.Json.JsonDocument.Parse(await combinatie.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("id").GetString()!;
        var combinatieBefore = await duinstreek.GetStringAsync($"/api/aanbieders/combinaties/{combinatieId}", TestContext.Current.CancellationToken);
        // An open invitation of Haarlem: only Haarlem's role managers may know it, or revoke it.
        var uitnodiging = await inkoper.PostAsJsonAsync("/api/uitnodigingen", new { organisatie = "haarlem", upn = UitgenodigdAdres, rollen = Inkoper }, TestContext.Current.CancellationToken);
        Assert.True(uitnodiging.IsSuccessStatusCode, await uitnodiging.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var uitnodigingId = JsonDocument.Parse(await uitnodiging.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("id").GetString()!;
        var uitnodigingenBefore = await inkoper.GetStringAsync("/api/organisaties/haarlem/uitnodigingen", TestContext.Current.CancellationToken);
        var values = new Dictionary<string, string>(VasteWaarden)
        {
            ["combinatieId"] = combinatieId,
            ["uitnodigingId"] = uitnodigingId,
            ["tenantId"] = RegioAppFactory.TenantOf(eva).ToString(),
            ["objectId"] = eva.ObjectId.ToString(),
        };
        var secrets = haarlemMensen.Where(m => m.Id != "haarlem-zonder-rol")
            .SelectMany(m => new[] { m.ObjectId.ToString(), m.Naam }).Append(GeheimTraject).Append(UitgenodigdAdres).Append(uitnodigingId).ToList();

        var (endpoints, leaks) = await MatrixAsync(app, Actors, values, secrets, trajectEtag, evaEtag, zelf: "haarlem-zonder-rol");

        TestContext.Current.SendDiagnosticMessage($"Isolatiematrix: {endpoints.Count} endpoints x {Actors.Length} actoren = {endpoints.Count * Actors.Length} aanroepen");
        Console.WriteLine($"Isolatiematrix: {endpoints.Count} endpoints x {Actors.Length} actoren = {endpoints.Count * Actors.Length} aanroepen");
        Assert.True(endpoints.Count >= 5, $"Slechts {endpoints.Count} API-endpoints gevonden");
        Assert.True(leaks.Count == 0, "Lekken:\n" + string.Join("\n", leaks));
        Assert.Equal(before, await inkoper.GetStringAsync("/api/organisaties/haarlem", TestContext.Current.CancellationToken));
        Assert.Equal(uitnodigingenBefore, await inkoper.GetStringAsync("/api/organisaties/haarlem/uitnodigingen", TestContext.Current.CancellationToken));
        Assert.Equal(trajectBefore, await inkoper.GetStringAsync("/api/trajecten/haarlem-geheim", TestContext.Current.CancellationToken));
        Assert.Equal(stukkenBefore, await inkoper.GetStringAsync("/api/trajecten/haarlem-geheim/documenten", TestContext.Current.CancellationToken));
        Assert.Equal(combinatieBefore, await duinstreek.GetStringAsync($"/api/aanbieders/combinaties/{combinatieId}", TestContext.Current.CancellationToken));
        Assert.Equal(budgetBefore, await budgethouder.GetStringAsync("/api/gemeenten/haarlem/budget", TestContext.Current.CancellationToken)
            + await budgethouder.GetStringAsync("/api/gemeenten/haarlem/lokale-keuzes", TestContext.Current.CancellationToken));
    }

    /// <summary>
    /// Calls every API endpoint as every actor with <paramref name="values"/> in its route, and names each leak: a success
    /// on an endpoint that is not public, an answer containing one of <paramref name="secrets"/>, or anything but 404 on a
    /// resource the actor should not know exists. <paramref name="zelf"/> is a colleague of the owner without a role, who
    /// may know the owner's people.
    /// </summary>
    private static async Task<(List<(string Method, string Pattern)> Endpoints, List<string> Leaks)> MatrixAsync(
        RegioAppFactory app, IReadOnlyList<string> actors, Dictionary<string, string> values, IReadOnlyList<string> secrets,
        string trajectEtag, string lidEtag, string? zelf)
    {
        var endpoints = ApiEndpoints(app);
        var leaks = new List<string>();
        foreach (var (method, pattern) in endpoints)
        {
            foreach (var actor in actors)
            {
                var url = Fill(pattern, values);
                using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = Body(method, pattern, values["gemeenteId"]) };
                request.Headers.TryAddWithoutValidation("If-Match", pattern.Contains("trajecten", StringComparison.Ordinal) ? trajectEtag : lidEtag);
                var response = await Client(app, actor).SendAsync(request, TestContext.Current.CancellationToken);
                var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                var key = $"{method} {pattern}";
                var self = actor == zelf;
                if (response.IsSuccessStatusCode && !PublicOrSelf.Contains(key))
                {
                    leaks.Add($"{key} als {actor}: {(int)response.StatusCode}");
                }
                // What the caller put in the URL is echoed in a problem's "instance"; that tells them nothing new.
                if (!self && secrets.FirstOrDefault(s => !url.Contains(s, StringComparison.Ordinal) && body.Contains(s, StringComparison.Ordinal)) is { } secret)
                {
                    leaks.Add($"{key} als {actor}: antwoord bevat '{secret}'");
                }
                if ((pattern.Contains("{id}", StringComparison.Ordinal) || pattern.Contains("{trajectId}", StringComparison.Ordinal) || pattern.Contains("{combinatieId}", StringComparison.Ordinal)
                    || pattern.Contains("{contractId}", StringComparison.Ordinal) || pattern.Contains("{uitnodigingId}", StringComparison.Ordinal))
                    && actor is not ("onbekende-tenant" or "anoniem") && !self
                    && response.StatusCode != (AlleenBeheerder.Contains(key) ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound))
                {
                    leaks.Add($"{key} als {actor}: {(int)response.StatusCode} in plaats van 404 (het bestaan lekt)");
                }
            }
        }
        return (endpoints, leaks);
    }

    private static List<(string Method, string Pattern)> ApiEndpoints(RegioAppFactory app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } p && p.StartsWith("/api/", StringComparison.Ordinal) && !p.StartsWith("/api/docs", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.RoutePattern.RawText!)))
            .Distinct()
            .ToList();

    private static string Fill(string pattern, Dictionary<string, string> values) =>
        values.Aggregate(pattern, (p, v) => p.Replace($"{{{v.Key}}}", v.Value, StringComparison.Ordinal)
            .Replace($"{{{v.Key}:guid}}", v.Value, StringComparison.Ordinal).Replace($"{{{v.Key}:int}}", v.Value, StringComparison.Ordinal));

    /// <summary>Valid bodies, so that only access control can be what refuses; a new traject is one of <paramref name="gemeente"/>.</summary>
    private static HttpContent? Body(string method, string pattern, string gemeente) => (method, pattern) switch
    {
        ("POST", "/api/aanbieders/registratie") => JsonContent.Create(new { kvkNummer = "90008888", naam = "Lek Zelf B.V. (demo)" }),
        ("POST", "/api/aanbieders/{id}/bevestiging") => JsonContent.Create(new { bevestigd = true }),
        ("POST", "/api/uitnodigingen/") => JsonContent.Create(new { organisatie = gemeente, upn = $"lek@{gemeente}.example", rollen = Inkoper }),
        ("POST", "/api/organisaties/") => JsonContent.Create(new { id = "lek-test", soort = "aanbieder", naam = "Lek B.V. (demo)", kvkNummer = "90009999", gastAccounts = true }),
        ("POST", "/api/regios/") => JsonContent.Create(new { naam = "Lekregio (demo)", id = "lek-regio", leadGemeente = "haarlem", gemeenten = new[] { new { id = "haarlem", subregio = "" } } }),
        ("PUT", "/api/regios/{regioId}") => JsonContent.Create(new { naam = "Lekregio (demo)", leadGemeente = "haarlem", gemeenten = new[] { new { id = "haarlem", subregio = "" } } }),
        ("POST", "/api/trajecten/") => JsonContent.Create(new { id = "lek-traject", naam = "Lek (demo)", eigenaar = $"gemeente:{gemeente}", procedure = "Openbaar", percelen = new[] { "x" } }),
        ("POST", var p) when p.EndsWith("/percelen", StringComparison.Ordinal) => JsonContent.Create(new { naam = "Lek-perceel (demo)" }),
        ("POST", var p) when p.EndsWith("/fase", StringComparison.Ordinal) => JsonContent.Create(new { naar = "Ingetrokken" }),
        ("POST", var p) when p.EndsWith("/dossier", StringComparison.Ordinal) => JsonContent.Create(new { soort = "Hoofdkenmerken", datum = "2026-01-05" }),
        ("POST", var p) when p.EndsWith("/mijlpalen", StringComparison.Ordinal) => JsonContent.Create(new { soort = "Aankondiging", omschrijving = "Lek (demo)", datum = "2027-01-05" }),
        ("POST", var p) when p.EndsWith("/verschuiving", StringComparison.Ordinal) => JsonContent.Create(new { datum = "2027-02-05", reden = "Lek (demo)" }),
        ("POST", var p) when p.EndsWith("/realisatie", StringComparison.Ordinal) => JsonContent.Create(new { datum = "2026-01-05" }),
        ("POST", var p) when p.EndsWith("/vragen", StringComparison.Ordinal) => JsonContent.Create(new { tekst = "Lekvraag (demo)" }),
        ("PUT", var p) when p.EndsWith("/antwoord", StringComparison.Ordinal) => JsonContent.Create(new { tekst = "Lekantwoord (demo)" }),
        ("PUT", var p) when p.EndsWith("/momenten/{moment}", StringComparison.Ordinal) => JsonContent.Create(new { documenten = Uea, sluiting = "2099-01-05T12:00:00+01:00" }),
        ("POST", var p) when p.EndsWith("/uploads", StringComparison.Ordinal) => JsonContent.Create(new { document = "Uea", bestandsnaam = "lek.pdf", grootte = 1000 }),
        ("POST", var p) when p.EndsWith("/indieningen", StringComparison.Ordinal) => JsonContent.Create(new
        {
            bestanden = new[] { new { document = "Uea", uploadId = "0123456789abcdef0123456789abcdef", bestandsnaam = "lek.pdf", grootte = 1000, sha256 = new string('a', 64) } },
        }),
        ("POST", var p) when p.EndsWith("/dialoog/deelnemers", StringComparison.Ordinal) => JsonContent.Create(new { aanbieder = "demo-jeugdzorg-kennemerland" }),
        ("POST", var p) when p.EndsWith("/dialoog/rondes", StringComparison.Ordinal) => JsonContent.Create(new { titel = "Lek (demo)", van = "2026-01-05", tot = "2026-01-09" }),
        ("POST", var p) when p.EndsWith("/sessies", StringComparison.Ordinal) =>
            JsonContent.Create(new { deelnemer = "aanbieder|demo-jeugdzorg-kennemerland", datum = "2026-01-06", tijd = "10:00", locatie = "Lek (demo)" }),
        ("PUT", var p) when p.EndsWith("/verslag", StringComparison.Ordinal) => JsonContent.Create(new { tekst = "Lekverslag (demo)" }),
        ("POST", var p) when p.EndsWith("/toelatingen/", StringComparison.Ordinal) => JsonContent.Create(new { antwoorden = new[] { new { eis = "Lek", antwoord = "Lek (demo)" } } }),
        ("PUT", var p) when p.EndsWith("/besluit", StringComparison.Ordinal) => JsonContent.Create(new { toegelaten = true, motivering = "Lek (demo)" }),
        ("PUT", var p) when p.EndsWith("/overeenkomst", StringComparison.Ordinal) => JsonContent.Create(new { datum = "2026-01-05" }),
        ("POST", var p) when p.EndsWith("/budget/import", StringComparison.Ordinal) => Budgetten.Budgetbladen.Formulier("jeugd", Budgetten.Budgetbladen.Jeugd2026),
        ("POST", var p) when p.EndsWith("/budget/import/{importId}", StringComparison.Ordinal) => JsonContent.Create(new { reden = "Lek (demo)" }),
        ("PUT", var p) when p.EndsWith("/budget/{domein}/bedrag", StringComparison.Ordinal) =>
            JsonContent.Create(new { post = "2201 Ambulante jeugdhulp", jaar = 2023, bedrag = 1L, reden = "Lek (demo)" }),
        ("POST", var p) when p.EndsWith("/budget/{domein}/posten", StringComparison.Ordinal) => JsonContent.Create(new
        {
            post = "Lekpost (demo)", bedragen = Enumerable.Range(2021, 5).Select(j => new { jaar = j, bedrag = 1L }), reden = "Lek (demo)",
        }),
        ("POST", var p) when p.EndsWith("/posten/verwijdering", StringComparison.Ordinal) => JsonContent.Create(new { post = "2203 Hoogspecialistische jeugdhulp", reden = "Lek (demo)" }),
        ("PUT", var p) when p.EndsWith("/budget/aandelen/{trajectId}/{nummer:int}/post", StringComparison.Ordinal) => JsonContent.Create(new { post = "2201 Ambulante jeugdhulp" }),
        ("POST" or "PUT", var p) when p.Contains("/lokale-keuzes", StringComparison.Ordinal) =>
            JsonContent.Create(new { naam = "Lekkeuze (demo)", onderwerp = "Toegang", omschrijving = "Lek (demo)", gedeeldMetRegio = true }),
        ("PUT", var p) when p.EndsWith("/verdeling/", StringComparison.Ordinal) => JsonContent.Create(new
        {
            contractwaarde = new[] { new { jaar = 2026, bedrag = 1000L } }, aandelen = new[] { new { gemeente = "haarlem", deel = "1/1" } },
        }),
        ("POST", "/api/aanbieders/combinaties/") => JsonContent.Create(new { trajectId = "haarlem-geheim", perceel = 1, naam = "Lek (demo)", verklaringen = Uea }),
        ("POST", var p) when p.EndsWith("/leden", StringComparison.Ordinal) => JsonContent.Create(new { organisatie = "demo-jeugdzorg-kennemerland" }),
        ("POST", var p) when p.EndsWith("/bevestiging", StringComparison.Ordinal) || p.EndsWith("/verklaringen", StringComparison.Ordinal) || p.EndsWith("/aanmeldingen/", StringComparison.Ordinal) =>
            JsonContent.Create(new { verklaringen = Uea }),
        ("POST", var p) when p.EndsWith("/gunning", StringComparison.Ordinal) => JsonContent.Create(new { winnaars = new[] { "aanbieder|demo-jeugdzorg-kennemerland" } }),
        ("POST", var p) when p.EndsWith("/gunning/definitief", StringComparison.Ordinal) => JsonContent.Create(new { startdatum = "2027-01-01" }),
        ("POST", var p) when p.EndsWith("/bezwaren", StringComparison.Ordinal) => JsonContent.Create(new { soort = "AanvullendeMotivering", toelichting = "Lek (demo)" }),
        ("PUT", var p) when p.EndsWith("/bezwaren/{bezwaarNummer:int}", StringComparison.Ordinal) => JsonContent.Create(new { antwoordDatum = "2026-01-05", antwoord = "Lek (demo)" }),
        ("PUT", var p) when p.EndsWith("/startdatum", StringComparison.Ordinal) => JsonContent.Create(new { startdatum = "2027-04-01", reden = "Lek (demo)" }),
        ("PUT", var p) when p.EndsWith("/bedrag", StringComparison.Ordinal) => JsonContent.Create(new { bedragPerJaar = 1000L }),
        ("PUT", var p) when p.EndsWith("/criteria/", StringComparison.Ordinal) => JsonContent.Create(new
        {
            criteria = new[] { new { code = "K1", naam = "Lek (demo)", soort = "Kwaliteit", weging = 100 } }, schaal = new[] { 0, 5, 10 },
        }),
        ("PUT", var p) when p.EndsWith("/beoordeling/commissie", StringComparison.Ordinal) => JsonContent.Create(new { beoordelaars = new[] { "haarlem-beoordelaar" } }),
        ("POST", var p) when p.EndsWith("/beoordeling/verstrengeling", StringComparison.Ordinal) => JsonContent.Create(new { toelichting = "Lek (demo)" }),
        ("PUT", var p) when p.Contains("/beoordeling/geldigheid/", StringComparison.Ordinal) => JsonContent.Create(new { geldig = true }),
        ("PUT", var p) when p.Contains("/beoordeling/scores/", StringComparison.Ordinal) || p.Contains("/beoordeling/consensus/", StringComparison.Ordinal) =>
            JsonContent.Create(new { scores = new[] { new { punt = "K1", waarde = 5, motivering = "Lek (demo)" } } }),
        ("PUT", "/api/trajecten/{trajectId}") => JsonContent.Create(new
        {
            naam = "Lek (demo)", procedure = "Openbaar", domein = "Wmo", contract = new { looptijdJaren = 4, evaluatiemomenten = new[] { 2 }, bekostiging = "Taakgericht" },
        }),
        ("POST", var p) when p.EndsWith("/rapportages/", StringComparison.Ordinal) => JsonContent.Create(new { maand = "2022-01" }),
        ("PUT", var p) when p.EndsWith("/rapportages/{maand}", StringComparison.Ordinal) =>
            JsonContent.Create(new { aanleiding = "Lek (demo)", kernboodschap = "Lek (demo)", consequenties = "Lek (demo)", vervolg = "Lek (demo)" }),
        ("PUT", _) => JsonContent.Create(new { naam = "Eva Smit (demo)", rollen = Inkoper }),
        ("POST", var p) when p.Contains("/documenten", StringComparison.Ordinal) =>
            Trajecten.Stukken.Testbestanden.Formulier(p.EndsWith("/versies", StringComparison.Ordinal) ? null : "Lek-document (demo)", Trajecten.Stukken.Testbestanden.Pdf()),
        ("POST", _) => JsonContent.Create(new { }),
        _ => null,
    };

    private static HttpClient Client(RegioAppFactory app, string actor) => actor switch
    {
        "anoniem" => app.CreateClient(),
        "onbekende-tenant" => app.ClientWithToken(TestTokens.Mint(Guid.NewGuid(), Guid.NewGuid())),
        _ => app.ClientAs(actor),
    };
}
