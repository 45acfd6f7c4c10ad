using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>
/// During the standstill an inschrijver that received a letter asks for an aanvullende motivering, announces a kort
/// geding or files a bezwaar; while it runs, the perceel is not awarded definitively.
/// </summary>
public sealed class Bezwaarindiening(Bezwaarschrijver schrijver)
{
    public Task<Uitkomst<GenummerdBezwaar>> AddAsync(Actor actor, TrajectId id, int perceel, BezwaarSoort soort, string? toelichting, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return schrijver.SaveAsync(actor, id, perceel, Actie.BezwaarIndienen, $"{Bezwaartekst.Naam(soort).ToLowerInvariant()} indienen",
            c => Bezwaarregels.DienIn(c.Perceel.Dossier, c.Besluit, c.Als!.Sleutel, c.Als.Naam, soort, toelichting, c.Vandaag),
            d => d.Bezwaren.Count,
            b => ($"{b.Omschrijving} ingediend voor perceel {perceel}", Json.Write(new { perceel, b.Soort, b.Indiener, b.Ingediend })), ct);
    }
}
