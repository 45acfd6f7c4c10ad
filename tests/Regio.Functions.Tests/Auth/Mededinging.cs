using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Regio.Functions.Tests.Trajecten;
using Regio.Functions.Tests.Trajecten.Inschrijvingen;
using Regio.Functions.Tests.Trajecten.Stukken;
using Regio.Platform.Demo;

namespace Regio.Functions.Tests.Auth;

/// <summary>One demo aanbieder in the competition: who signs in for it, its markers, and the keys of what it submitted.</summary>
internal sealed record Mededinger(string Gebruiker, string Organisatie, string Naam, string KvkNummer, IReadOnlyList<string> Mensen)
{
    public string Inschrijver => $"aanbieder|{Organisatie}";

    /// <summary>What gives this aanbieder away: its id, name, KvK number and the names of its people.</summary>
    public IEnumerable<string> Kenmerken => Mensen.Prepend(KvkNummer).Prepend(Naam).Prepend(Organisatie);

    public string BewijsId { get; set; } = "onbekend";

    public string UploadId { get; set; } = "onbekend";

    public int Aanvraag { get; set; } = 1;
}

/// <summary>
/// The three demo aanbieders competing on the same percelen of Haarlem, before any award: a dialooggericht traject whose
/// perceel they all registered for, whose dialogue they all take part in (a session each, their names recorded in the
/// dossier as the start of the dialogue), about which each asked a question and to which each submitted an offer; and an
/// open house each applied to, where one was admitted. Made through the API as the inkoper and the aanbieders would.
/// </summary>
internal static class Mededinging
{
    public const string Traject = "mededinging";
    public const string OpenHouse = "mededinging-open-house";

    private static readonly string[] Gebruikers = ["jeugdzorg-tekenbevoegde", "thuishulp-medewerker", "duinstreek-medewerker"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The three demo aanbieders, each as the demo user who signs in for it.</summary>
    public static List<Mededinger> Mededingers()
    {
        var demo = DemoOrganisaties.Lees();
        return Gebruikers.Select(g =>
        {
            var organisatie = demo.Gebruikers.Single(x => x.Id == g).Organisatie;
            var aanbieder = demo.Aanbieders.Single(a => a.Id == organisatie);
            return new Mededinger(g, organisatie, aanbieder.Naam, aanbieder.KvkNummer,
                [.. demo.Gebruikers.Where(x => x.Organisatie == organisatie).Select(x => x.Naam)]);
        }).ToList();
    }

    public static async Task<IReadOnlyList<Mededinger>> MaakAsync(RegioAppFactory app, DateOnly vandaag, DateTimeOffset sluiting)
    {
        var mededingers = Mededingers();
        var anna = app.ClientAs("haarlem-inkoper");
        var perceel = $"/api/trajecten/{Traject}/percelen/1";
        var etag = await GepubliceerdTraject.MaakAsync(anna, Traject, "Dialooggericht", ["Specialistische jeugdhulp (demo)"], aankondigen: true, Ct);
        await GepubliceerdTraject.PostAsync(anna, $"{perceel}/dossier",
            new { soort = "Dialoog", datum = Datum(vandaag), deelnemers = mededingers.Select(m => m.Naam) }, etag, Ct);
        await Verwacht(await anna.PostAsJsonAsync($"{perceel}/dialoog/rondes", new { titel = "Ronde 1 (demo)", van = vandaag, tot = vandaag.AddDays(14) }, Ct));
        await Indienen.StelMomentVastAsync(anna, Traject, sluiting, ["Plan van aanpak"], Ct);
        await GepubliceerdTraject.MaakAsync(anna, OpenHouse, "OpenHouse", ["Hulpmiddelen (demo)"], aankondigen: true, Ct);
        foreach (var m in mededingers)
        {
            var client = app.ClientAs(m.Gebruiker);
            await Verwacht(await client.PostAsJsonAsync($"{perceel}/aanmeldingen", new { verklaringen = new[] { "Uea" } }, Ct));
            await Verwacht(await anna.PostAsJsonAsync($"{perceel}/dialoog/deelnemers", new { aanbieder = m.Organisatie }, Ct));
            await Verwacht(await anna.PostAsJsonAsync($"{perceel}/dialoog/rondes/1/sessies",
                new { deelnemer = m.Inschrijver, datum = vandaag.AddDays(1), tijd = "10:00", locatie = "Stadhuis (demo)" }, Ct));
            await Verwacht(await client.PostAsJsonAsync($"/api/trajecten/{Traject}/vragen", new { perceel = 1, tekst = "Hoeveel rondes heeft de dialoog? (demo)" }, Ct));
            var upload = await Indienen.UploadAsync(client, Traject, "Plan van aanpak", "plan.pdf", Testbestanden.Pdf("Plan (demo)"), Ct);
            m.UploadId = upload.UploadId;
            m.BewijsId = (await Indienen.JsonAsync(await Verwacht(await Indienen.DienInAsync(client, Traject, [upload], Ct)), Ct)).GetProperty("bewijsId").GetString()!;
            var aanvraag = await Verwacht(await client.PostAsJsonAsync($"/api/trajecten/{OpenHouse}/percelen/1/toelatingen",
                new { antwoorden = new[] { new { eis = "Kwaliteitskeurmerk", antwoord = "HKZ-certificaat (demo)." } } }, Ct));
            m.Aanvraag = JsonDocument.Parse(await aanvraag.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("nummer").GetInt32();
        }
        await Verwacht(await anna.PostAsync($"{perceel}/dialoog/rondes/1/documenten", Testbestanden.Formulier("Agenda ronde 1 (demo)", Testbestanden.Pdf()), Ct));
        var eerste = await anna.GetAsync($"/api/trajecten/{OpenHouse}/percelen/1/toelatingen", Ct);
        var aanvraagEtag = JsonDocument.Parse(await eerste.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("aanvragen")[0].GetProperty("eTag").GetString()!;
        await Verwacht(await GepubliceerdTraject.SendAsync(anna, HttpMethod.Put, $"/api/trajecten/{OpenHouse}/percelen/1/toelatingen/1/besluit",
            new { toegelaten = true, motivering = "Voldoet aan de eisen (demo)." }, aanvraagEtag, Ct));
        return mededingers;
    }

    private static string Datum(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<HttpResponseMessage> Verwacht(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        return response;
    }
}
