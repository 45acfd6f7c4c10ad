using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Regio.Domain.Organisaties;

namespace Regio.Platform.Demo;

/// <summary>
/// The made-up organisations and people of the demo (demo-organisaties.json, embedded). The gemeenten and the regio
/// come from the real data set; their Entra tenant ids, and everyone's object ids, are derived from their ids so
/// that they are the same on every machine and plainly not real. <see cref="TweedeRegio"/> is a regio that is made up
/// altogether, gemeenten included, so that the demo and the tests show regio's kept apart.
/// </summary>
public sealed record DemoOrganisaties(
    DemoPlatform Platform, string Centrumgemeente, DemoTweedeRegio TweedeRegio, IReadOnlyList<DemoAanbieder> Aanbieders, IReadOnlyList<DemoGebruiker> Gebruikers)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static DemoOrganisaties Lees()
    {
        using var stream = typeof(DemoOrganisaties).Assembly.GetManifestResourceStream("Regio.Platform.Demo.demo-organisaties.json")
            ?? throw new InvalidOperationException("demo-organisaties.json ontbreekt in Regio.Platform.");
        return JsonSerializer.Deserialize<DemoOrganisaties>(stream, Options) ?? throw new InvalidDataException("demo-organisaties.json is leeg.");
    }

    /// <summary>Every organisation of the demo: the platform, the gemeenten and the regio of both regio's, and the aanbieders.</summary>
    public IReadOnlyList<Organisatie> Organisaties(DemoRegio regio)
    {
        ArgumentNullException.ThrowIfNull(regio);
        var lijst = new List<Organisatie> { new(new OrganisatieId(Platform.Id), OrganisatieSoort.Platform, Platform.Naam, DemoIds.Tenant(Platform.Id), null, false, null) };
        foreach (var (r, centrum) in new[] { (regio, Centrumgemeente), (TweedeRegio.AlsRegio(), TweedeRegio.Centrumgemeente) })
        {
            lijst.AddRange(r.Gemeenten.Select(g => new Organisatie(new OrganisatieId(g.Id), OrganisatieSoort.Gemeente, $"Gemeente {g.Naam}", DemoIds.Tenant(g.Id), null, false, null)));
            // The regio's coordinators sign in with the Entra ID of the lead gemeente (DESIGN.md).
            lijst.Add(new Organisatie(new OrganisatieId(r.Id), OrganisatieSoort.Regio, $"Regio {r.Naam}", DemoIds.Tenant(centrum), null, false, new OrganisatieId(centrum)));
        }
        lijst.AddRange(Aanbieders.Select(a => new Organisatie(
            new OrganisatieId(a.Id), OrganisatieSoort.Aanbieder, a.Naam, a.GastAccounts ? null : DemoIds.Tenant(a.Id),
            KvkNummer.TryParse(a.KvkNummer, out var kvk) ? kvk : throw new InvalidDataException($"Demo-aanbieder {a.Id}: ongeldig KvK-nummer."),
            a.GastAccounts, null)));
        return lijst;
    }

    /// <summary>The Entra tenant a demo user signs in with: their organisation's, or the platform's for guest accounts.</summary>
    public Guid TenantVan(DemoGebruiker gebruiker, IReadOnlyList<Organisatie> organisaties)
    {
        var organisatie = organisaties.Single(o => o.Id.Value == gebruiker.Organisatie);
        return organisatie.TenantId ?? DemoIds.Tenant(Platform.Id);
    }
}

public sealed record DemoPlatform(string Id, string Naam);

/// <summary>The made-up second regio: in the shape of the data set's regio, with its own centrumgemeente.</summary>
public sealed record DemoTweedeRegio(string Id, string Naam, string Centrumgemeente, IReadOnlyList<DemoGemeente> Gemeenten)
{
    public DemoRegio AlsRegio() => new(Id, Naam, Gemeenten);
}

public sealed record DemoAanbieder(string Id, string Naam, string KvkNummer, bool GastAccounts);

public sealed record DemoGebruiker(string Id, string Naam, string Organisatie, IReadOnlyList<string> Rollen)
{
    public Guid ObjectId => DemoIds.Gebruiker(Id);
}

public static class DemoIds
{
    public static Guid Tenant(string organisatieId) => Derive("regio-demo-tenant:" + organisatieId);

    public static Guid Gebruiker(string gebruikerId) => Derive("regio-demo-gebruiker:" + gebruikerId);

    private static Guid Derive(string text) => new(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
}
