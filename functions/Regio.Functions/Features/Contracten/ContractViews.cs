using Regio.Domain.Contracten;
using Regio.Platform.Contracten;

namespace Regio.Functions.Features.Contracten;

/// <summary>A contract as the API shows it, with every move of its start and (when read alone) the ETag a change must send back.</summary>
public sealed record ContractDetailView(
    string Id, string TrajectId, string TrajectNaam, int Perceel, string PerceelNaam, Opdrachtgever Opdrachtgever, Opdrachtnemer Opdrachtnemer,
    DateOnly Startdatum, DateOnly OorspronkelijkeStart, DateOnly Einddatum, int LooptijdJaren, IReadOnlyList<Evaluatiemoment> Evaluaties,
    string Bekostiging, long? BedragPerJaar, IReadOnlyList<Startverschuiving> Verschuivingen, DateOnly Gegund, string? ETag)
{
    public static ContractDetailView From(Contract c, string? etag)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.Id, c.Traject.Value, c.TrajectNaam, c.Perceel, c.PerceelNaam, c.Opdrachtgever, c.Opdrachtnemer,
            c.Startdatum, c.OorspronkelijkeStart, c.Einddatum, c.LooptijdJaren, c.Evaluaties, c.Bekostiging.ToString(), c.BedragPerJaar,
            c.Verschuivingen, c.Gegund, etag);
    }

    public static ContractDetailView From(Contractversie v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return From(v.Contract, v.Versie.ToString());
    }
}

public sealed record StartdatumRequest(DateOnly? Startdatum, string? Reden);

public sealed record BedragRequest(long? BedragPerJaar);
