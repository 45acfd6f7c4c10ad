using System.Globalization;
using Regio.Functions.Tests.Trajecten.Gunningen;
using Regio.Platform.Demo;
using Regio.Tests;

namespace Regio.Functions.Tests.Auth;

/// <summary>
/// The matrix between aanbieders: three of them compete on the same perceel, and every GET of the API and every page,
/// read as each of them, must not name another before the award: no name, KvK number, id or person of a competitor in
/// the answer, whether the route is filled with the reader's own keys or a competitor's. After the award an inschrijver
/// learns who won, and still nothing of the others who lost.
/// </summary>
public partial class IsolationMatrixTests
{
    /// <summary>Route parameters that name one aanbieder's things: each route with one is read with the reader's own and with a competitor's.</summary>
    private static readonly HashSet<string> PerAanbieder = ["deelnemer", "inschrijver", "bewijsId", "uploadId", "aanvraagNummer", "organisatieId", "id", "tenantId", "objectId"];

    /// <summary>
    /// Lists of every aanbieder on the platform, taking part or not: what a penvoerder chooses from to invite into a
    /// combinatie. Being on the platform is no secret; taking part in a perceel is. The registration page offers that list
    /// where the reader has not registered: on the open house, where the aanbieders applied for admission instead.
    /// </summary>
    private static bool IsPlatformlijst(string pattern, string traject) =>
        pattern == "/api/aanbieders/" || (pattern == "/trajecten/{TrajectId}/aanmeldingen" && traject == Mededinging.OpenHouse);

    [Fact]
    public async Task No_aanbieder_learns_from_any_api_answer_or_page_who_else_takes_part_before_the_award()
    {
        // The offers go into Azurite with a SAS, which it checks against the real clock.
        await using var app = await new RegioAppFactory(azurite) { Klok = Testklok.VanafNu() }.LoadDemoDataAsync();
        var mededingers = await Mededinging.MaakAsync(app, Testklok.Vandaag, app.Klok!.GetUtcNow().AddDays(3));

        var lekken = await LeesAlsIederAsync(app, mededingers, [Mededinging.Traject, Mededinging.OpenHouse], (lezer, ander) => true);

        Assert.True(lekken.Count == 0, $"Een aanbieder leert wie er verder meedingt ({lekken.Count}):\n" + string.Join("\n", lekken.Take(60)));
    }

    [Fact]
    public async Task After_the_award_an_inschrijver_learns_who_won_and_nothing_of_the_others_who_lost()
    {
        var scores = new Dictionary<string, (int, int)> { [Gunningsperceel.Jeugdzorg] = (10, 8), [Gunningsperceel.Thuishulp] = (8, 8), [Gunningsperceel.Duinstreek] = (4, 6) };
        await using var p = await Gunningsperceel.MaakAsync(azurite, "mededinging-gegund", scores);
        await Gunningsperceel.Verwacht(await p.GunAsync(Gunningsperceel.Jeugdzorg), "verzenden");
        var mededingers = Mededinging.Mededingers();
        var winnaar = mededingers.Single(m => m.Inschrijver == Gunningsperceel.Jeugdzorg);
        var gunning = await p.GunningAsync(p.App.ClientAs("duinstreek-medewerker"));
        Assert.Equal([winnaar.Naam], gunning.GetProperty("winnaarNamen").EnumerateArray().Select(n => n.GetString()));

        var lekken = await LeesAlsIederAsync(p.App, mededingers, [p.Traject], (lezer, ander) => ander != winnaar);

        Assert.True(lekken.Count == 0, $"Een inschrijver leert na de gunning meer dan de winnaar ({lekken.Count}):\n" + string.Join("\n", lekken.Take(60)));
    }

    /// <summary>
    /// Reads every route as each of <paramref name="mededingers"/>, filled with <paramref name="trajecten"/>, and returns what
    /// names a competitor that <paramref name="geheim"/> says the reader may not know (and every answer of 500 or more).
    /// </summary>
    private static async Task<List<string>> LeesAlsIederAsync(
        RegioAppFactory app, IReadOnlyList<Mededinger> mededingers, string[] trajecten, Func<Mededinger, Mededinger, bool> geheim)
    {
        var ct = TestContext.Current.CancellationToken;
        var routes = Leesroutes.Alle(app);
        Assert.True(routes.Count(r => !r.StartsWith("/api/", StringComparison.Ordinal)) >= 10, $"Te weinig pagina's gevonden tussen {routes.Count} routes");
        var lekken = new List<string>();
        for (var i = 0; i < mededingers.Count; i++)
        {
            var lezer = mededingers[i];
            var client = app.ClientAs(lezer.Gebruiker);
            var kenmerken = mededingers.Where(m => m != lezer && geheim(lezer, m)).SelectMany(m => m.Kenmerken.Select(k => (m, k))).ToList();
            foreach (var pattern in routes)
            {
                foreach (var waarden in Vullingen(pattern, lezer, mededingers[(i + 1) % mededingers.Count], trajecten).Where(w => !IsPlatformlijst(pattern, w["trajectId"])))
                {
                    var url = Leesroutes.Vul(pattern, waarden);
                    using var response = await client.GetAsync(url, ct);
                    var tekst = await Leesroutes.TekstAsync(response, ct);
                    var adres = Uri.UnescapeDataString(url);
                    if ((int)response.StatusCode >= 500)
                        lekken.Add($"{url} als {lezer.Gebruiker}: {(int)response.StatusCode}");
                    // What the reader put in the address comes back in a problem's "instance"; that tells it nothing new.
                    lekken.AddRange(kenmerken.Where(t => !adres.Contains(t.k, StringComparison.Ordinal) && tekst.Contains(t.k, StringComparison.Ordinal))
                        .Select(t => $"{url} als {lezer.Gebruiker} ({(int)response.StatusCode}) noemt {t.m.Naam}: '{t.k}'"));
                }
            }
        }
        return lekken;
    }

    /// <summary>The values to fill a route with: each traject, and per-aanbieder keys as the reader's own and as a competitor's.</summary>
    private static IEnumerable<Dictionary<string, string>> Vullingen(string pattern, Mededinger lezer, Mededinger ander, string[] trajecten)
    {
        var parameters = Leesroutes.Parameters(pattern).ToHashSet();
        var perTraject = parameters.Overlaps(["trajectId", "TrajectId"]) || pattern.StartsWith("/trajecten/{Id}", StringComparison.Ordinal);
        Mededinger[] wie = parameters.Overlaps(PerAanbieder) || pattern.StartsWith("/organisaties/{Id}", StringComparison.Ordinal) ? [lezer, ander] : [lezer];
        foreach (var traject in perTraject ? trajecten : trajecten.Take(1))
        {
            foreach (var m in wie)
                yield return Waarden(pattern, traject, m);
        }
    }

    private static Dictionary<string, string> Waarden(string pattern, string traject, Mededinger m)
    {
        var persoon = DemoOrganisaties.Lees().Gebruikers.Single(g => g.Id == m.Gebruiker);
        return new()
        {
            ["trajectId"] = traject, ["TrajectId"] = traject, ["nummer"] = "1", ["Nummer"] = "1",
            ["Id"] = pattern.StartsWith("/trajecten/", StringComparison.Ordinal) ? traject : pattern.StartsWith("/organisaties/", StringComparison.Ordinal) ? m.Organisatie : "onbekend",
            ["id"] = m.Organisatie, ["organisatieId"] = m.Organisatie, ["tenantId"] = RegioAppFactory.TenantOf(persoon).ToString(), ["objectId"] = persoon.ObjectId.ToString(),
            ["deelnemer"] = m.Inschrijver, ["inschrijver"] = m.Inschrijver, ["bewijsId"] = m.BewijsId, ["uploadId"] = m.UploadId,
            ["aanvraagNummer"] = m.Aanvraag.ToString(CultureInfo.InvariantCulture),
            ["moment"] = "inschrijving", ["ronde"] = "1", ["documentNummer"] = "1", ["vraagNummer"] = "1", ["versie"] = "1", ["documentId"] = "onbekend",
            ["mijlpaalId"] = "1", ["bezwaarNummer"] = "1", ["beoordelaar"] = "haarlem-beoordelaar", ["combinatieId"] = "onbekend", ["contractId"] = "onbekend",
            ["gemeenteId"] = "haarlem", ["GemeenteId"] = "haarlem", ["regioId"] = "zk-ijmond", ["RegioId"] = "zk-ijmond", ["keuzeId"] = "sociaal-wijkteam",
            ["importId"] = "0123456789abcdef0123456789abcdef", ["maand"] = "2022-01", ["Maand"] = "2022-01", ["domein"] = "jeugd",
        };
    }
}
