namespace Regio.Domain.Regios;

/// <summary>
/// A regio as it should be after a change: its name, its centrumgemeente and its gemeenten in order, each with its
/// subregio. A gemeente that is not named any more leaves the regio; a new one must be on the platform already.
/// </summary>
public sealed record Regiowijziging(string? Naam, string? LeadGemeente, IReadOnlyList<Regiolid?>? Gemeenten)
{
    public IReadOnlyDictionary<string, string> Controleer()
    {
        var fouten = new Dictionary<string, string>();
        Regiocontrole.Naam(Naam, fouten);
        Regiocontrole.Gemeenten(Gemeenten, LeadGemeente, nieuweMogen: false, fouten);
        return fouten;
    }
}
