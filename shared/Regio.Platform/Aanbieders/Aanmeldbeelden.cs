using Regio.Domain.Aanbieders;
using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;
using Regio.Platform.Storage;

namespace Regio.Platform.Aanbieders;

/// <summary>
/// What one person sees of the registrations of a perceel. An aanbieder (<see cref="Aanbieder"/> set) sees its own
/// registration and the combinaties it is in or invited to; the owner's people (<see cref="IsEigenaar"/>) see all
/// registrations and combinaties. <see cref="Dicht"/> says why registering is not possible now, if it is not.
/// </summary>
public sealed record Perceelbeeld(
    Traject Traject,
    Perceel Perceel,
    AanmeldWeigering? Dicht,
    OrganisatieId? Aanbieder,
    Aanmelding? Eigen,
    IReadOnlyList<Combinatie> EigenCombinaties,
    bool IsEigenaar,
    IReadOnlyList<Aanmelding> Alleen,
    IReadOnlyList<Combinatie> Combinaties);

/// <summary>A combinatie as one of its members sees it: <see cref="Eigen"/> is the member the person works for.</summary>
public sealed record Combinatiebeeld(Combinatie Combinatie, Versie Versie, Traject Traject, OrganisatieId Eigen)
{
    public bool IsPenvoerder => Eigen == Combinatie.Penvoerder;

    public Lid EigenLid => Combinatie.LidVan(Eigen)!;
}

/// <summary>One perceel where an aanbieder registered or was invited, for its own overview.</summary>
public sealed record EigenAanmelding(Traject Traject, Perceel Perceel, Aanmelding? Aanmelding, IReadOnlyList<Combinatie> Combinaties);

/// <summary>What a person fills in for the statements of their organisation: the kinds by name, and optionally the UEA's SHA-256.</summary>
public sealed record Verklaringsinvoer(IReadOnlyList<string>? Soorten, string? UeaSha256)
{
    public static Verklaringsinvoer Geen { get; } = new([], null);
}
