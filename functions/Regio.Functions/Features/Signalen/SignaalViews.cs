using Regio.Platform.Signalen;

namespace Regio.Functions.Features.Signalen;

/// <summary>
/// A signal as the API shows it: its kind, the Dutch sentence, the moment it is about, and what it links to (traject,
/// perceel, contract) where it has one.
/// </summary>
public sealed record SignaalView(
    string Soort, string Titel, DateTimeOffset Moment, string? TrajectId, int? Perceel, string? ContractId, DateTimeOffset Aangemaakt)
{
    public static SignaalView From(Signaalrij rij)
    {
        ArgumentNullException.ThrowIfNull(rij);
        var s = rij.Signaal;
        return new(s.Soort.ToString(), s.Titel, s.Moment, s.Traject?.Value, s.Perceel, s.Contract, rij.Aangemaakt);
    }
}
