using Regio.Domain.Organisaties;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Platform.Toegang;

namespace Regio.Functions.Features.Trajecten.Paginas;

/// <summary>
/// For whom the signed-in person would start a traject: an inkoper for their own gemeente, the regiocoördinator for the
/// regio. Whether they may is the access policy's answer, so the pages show the button and the form exactly when the
/// use case would accept them.
/// </summary>
public static class TrajectAanmaker
{
    public static Eigenaar? EigenaarVoor(Actor actor) => actor?.Organisatie switch
    {
        { Soort: OrganisatieSoort.Gemeente } g => new Eigenaar.EenGemeente(new GemeenteId(g.Id.Value)),
        { Soort: OrganisatieSoort.Regio } r => new Eigenaar.DeRegio(new RegioId(r.Id.Value)),
        _ => null,
    };

    public static Besluit Besluit(Actor actor) => EigenaarVoor(actor) is { } eigenaar
        ? AccessPolicy.Beslis(actor, Actie.TrajectAanmaken, eigenaar)
        : new Besluit.NietGevonden();

    public static bool Mag(Actor actor) => Besluit(actor) is Besluit.Toegestaan;
}
