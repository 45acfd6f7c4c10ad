namespace Regio.Domain.Regios;

/// <summary>
/// The gemeenten that buy together. Order of <see cref="Gemeenten"/> is the order of the source documents.
/// <see cref="LeadGemeente"/> is the centrumgemeente, which contracts on the regio's behalf; a regio recorded before it
/// was kept has none.
/// </summary>
public sealed record Regio(RegioId Id, string Naam, IReadOnlyList<Gemeente> Gemeenten, GemeenteId? LeadGemeente = null)
{
    public IEnumerable<IGrouping<string, Gemeente>> PerSubregio() => Gemeenten.GroupBy(g => g.Subregio);

    public bool HeeftGemeente(GemeenteId id) => Gemeenten.Any(g => g.Id == id);

    /// <summary>The gemeente's name, or its id where it is not one of this regio's.</summary>
    public string NaamVan(GemeenteId id) => Gemeenten.FirstOrDefault(g => g.Id == id)?.Naam ?? id.Value;
}
