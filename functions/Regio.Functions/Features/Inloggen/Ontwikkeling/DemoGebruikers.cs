using System.Globalization;
using Regio.Domain.Organisaties;
using Regio.Platform.Demo;
using Regio.Platform.Organisaties;

namespace Regio.Functions.Features.Inloggen.Ontwikkeling;

/// <summary>
/// A registered person as the development sign-in offers them: an id to pick them by, and the Entra ids their
/// organisation's tenant gave them. <paramref name="Demo"/>: one of the made-up people of demo-organisaties.json.
/// </summary>
public sealed record DemoGebruikerView(
    string Id, string Naam, string Organisatie, string OrganisatieNaam, string Soort, IReadOnlyList<Rol> Rollen, Guid TenantId, Guid ObjectId, bool Demo);

/// <summary>
/// The people the development sign-in can act as: everyone registered, read from storage on each request, so that a
/// person given a role through the API can sign in at once. A demo person keeps the id of demo-organisaties.json
/// ("haarlem-inkoper"); anyone else is "{organisatie}-{first 8 hex of the object id}", which stays the same as long as
/// nobody else would get it too; then both get "{organisatie}-{tenant id}-{object id}".
/// </summary>
public sealed class DemoGebruikers(OrganisatieStore organisaties)
{
    /// <summary>The demo people by organisation and the object id derived from their demo id, with their place in the file.</summary>
    private static readonly Dictionary<(string Organisatie, Guid ObjectId), (string Id, int Volgorde)> DemoPersonen =
        DemoOrganisaties.Lees().Gebruikers.Select((g, i) => (g, i)).ToDictionary(d => (d.g.Organisatie, d.g.ObjectId), d => (d.g.Id, d.i));

    public async Task<IReadOnlyList<DemoGebruikerView>> AllAsync(CancellationToken cancellationToken)
    {
        var leden = await organisaties.ListAllLedenAsync(cancellationToken);
        var ids = Ids(leden);
        // The demo people in the order of demo-organisaties.json, as the page always showed them; then everyone else.
        return leden.Select((l, i) => (View: View(l.Organisatie, l.Lid, ids[i]), Volgorde: DemoVan(l.Lid)?.Volgorde ?? int.MaxValue))
            .OrderBy(g => g.Volgorde)
            .ThenBy(g => g.View.OrganisatieNaam, StringComparer.CurrentCulture)
            .ThenBy(g => g.View.Naam, StringComparer.CurrentCulture)
            .Select(g => g.View)
            .ToList();
    }

    public async Task<DemoGebruikerView?> FindAsync(string? id, CancellationToken cancellationToken) =>
        id is null ? null : (await AllAsync(cancellationToken)).FirstOrDefault(g => g.Id == id);

    public async Task<DemoGebruikerView?> FindAsync(Guid tenant, Guid objectId, CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).FirstOrDefault(g => g.TenantId == tenant && g.ObjectId == objectId);

    /// <summary>The id of each member, in the same order: unique, because a short id that two people would share goes to neither.</summary>
    internal static IReadOnlyList<string> Ids(IReadOnlyList<(Organisatie Organisatie, Lidmaatschap Lid)> leden)
    {
        var demo = leden.Select(l => DemoVan(l.Lid)?.Id).ToList();
        var kort = leden.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Lid.Organisatie.Value}-{l.Lid.ObjectId.ToString("N", CultureInfo.InvariantCulture)[..8]}")).ToList();
        var bezet = demo.OfType<string>().ToHashSet();
        var aantal = kort.Where((_, i) => demo[i] is null).CountBy(k => k).ToDictionary();
        return leden.Select((l, i) => demo[i]
            ?? (aantal[kort[i]] == 1 && !bezet.Contains(kort[i])
                ? kort[i]
                : string.Create(CultureInfo.InvariantCulture, $"{l.Lid.Organisatie.Value}-{l.Lid.TenantId:N}-{l.Lid.ObjectId:N}"))).ToList();
    }

    private static DemoGebruikerView View(Organisatie organisatie, Lidmaatschap lid, string id) => new(
        id, lid.Naam, organisatie.Id.Value, organisatie.Naam, organisatie.Soort.ToString().ToLowerInvariant(), lid.Rollen.Order().ToList(),
        lid.TenantId, lid.ObjectId, DemoVan(lid) is not null);

    private static (string Id, int Volgorde)? DemoVan(Lidmaatschap lid) =>
        DemoPersonen.TryGetValue((lid.Organisatie.Value, lid.ObjectId), out var demo) ? demo : null;
}
