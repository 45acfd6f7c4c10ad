using System.Globalization;
using System.Net.Http.Json;
using Regio.Functions.Tests.Auth;

namespace Regio.Functions.Tests.Spine;

/// <summary>A made-up aanbieder registered for a load test, and the client of the one person who signs in for it.</summary>
internal sealed record DemoAanbieder(string Id, string Naam, HttpClient Client, Guid Tenant, Guid Persoon);

/// <summary>
/// Registers made-up aanbieders as the platformbeheerder does, through the API: the organisation with a tenant of its
/// own, then one medewerker with the right to sign. Names end in "(demo)", as all demo data does.
/// </summary>
internal static class DemoAanbieders
{
    public static async Task<IReadOnlyList<DemoAanbieder>> RegistreerAsync(RegioAppFactory app, string soort, int aantal, CancellationToken ct)
    {
        var beheerder = app.ClientAs("platform-beheerder");
        using var gelijktijdig = new SemaphoreSlim(24);
        return await Task.WhenAll(Enumerable.Range(1, aantal).Select(async nummer =>
        {
            await gelijktijdig.WaitAsync(ct);
            try
            {
                return await RegistreerAsync(app, beheerder, soort, nummer, ct);
            }
            finally
            {
                gelijktijdig.Release();
            }
        }));
    }

    /// <summary>
    /// A KvK number of its own per kind and number (KvK numbers are unique): 9, three digits from the kind, four from the
    /// number; the kind's digits start at 100, so the demo loader's aanbieders (9000000x) are never hit.
    /// </summary>
    private static string KvkNummer(string soort, int nummer) =>
        string.Create(CultureInfo.InvariantCulture, $"9{100 + soort.Aggregate(0, (h, c) => (h * 31 + c) % 900):D3}{nummer:D4}");

    private static async Task<DemoAanbieder> RegistreerAsync(RegioAppFactory app, HttpClient beheerder, string soort, int nummer, CancellationToken ct)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"demo-{soort}-{nummer:D3}");
        var naam = string.Create(CultureInfo.InvariantCulture, $"{char.ToUpperInvariant(soort[0])}{soort[1..]}zorg {nummer:D3} (demo)");
        var tenant = Guid.NewGuid();
        var organisatie = await beheerder.PostAsJsonAsync("/api/organisaties", new
        {
            id, soort = "aanbieder", naam, tenantId = tenant, kvkNummer = KvkNummer(soort, nummer),
        }, ct);
        Assert.True(organisatie.IsSuccessStatusCode, $"organisatie {id}: {await organisatie.Content.ReadAsStringAsync(ct)}");
        var persoon = Guid.NewGuid();
        var medewerker = string.Create(CultureInfo.InvariantCulture, $"Medewerker {nummer:D3} (demo)");
        var lid = await beheerder.PutAsJsonAsync($"/api/organisaties/{id}/leden/{tenant}/{persoon}", new { naam = medewerker, rollen = new[] { "medewerker", "tekenbevoegde" } }, ct);
        Assert.True(lid.IsSuccessStatusCode, $"lid van {id}: {await lid.Content.ReadAsStringAsync(ct)}");
        return new DemoAanbieder(id, naam, app.ClientWithToken(TestTokens.Mint(tenant, persoon, medewerker)), tenant, persoon);
    }
}
