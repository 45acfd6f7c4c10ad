using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>
/// Bezwaren during the standstill, in the perceel's dossier so the definitive award's gate reads them: an inschrijver that
/// received a letter files one; the owner's inkoper records the answer, the court's dates and the ruling.
/// </summary>
public sealed partial class GunningBeheer
{
    public Task<Uitkomst<GenummerdBezwaar>> DienBezwaarInAsync(Actor actor, TrajectId id, int perceel, BezwaarSoort soort, string? toelichting, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return BezwaarAsync(actor, id, perceel, Actie.BezwaarIndienen, $"{Bezwaartekst.Naam(soort).ToLowerInvariant()} indienen",
            c => Bezwaarregels.DienIn(c.Perceel.Dossier, c.Besluit, c.Als!.Sleutel, c.Als.Naam, soort, toelichting, c.Vandaag),
            d => d.Bezwaren.Count,
            b => ($"{b.Omschrijving} ingediend voor perceel {perceel}", Json.Write(new { perceel, b.Soort, b.Indiener, b.Ingediend })), ct);
    }

    public Task<Uitkomst<GenummerdBezwaar>> WerkBezwaarBijAsync(Actor actor, TrajectId id, int perceel, int nummer, Bezwaarwijziging wijziging, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return BezwaarAsync(actor, id, perceel, Actie.GunningBeheren, $"bezwaar {nummer} bijwerken",
            c => nummer < 1 || nummer > c.Perceel.Dossier.Bezwaren.Count
                ? new GunningWeigering.OnbekendBezwaar(nummer)
                : Bezwaarregels.Werk(c.Perceel.Dossier, nummer, wijziging, actor.Naam, c.Vandaag),
            _ => nummer,
            b => ($"Bezwaar {nummer} van perceel {perceel} bijgewerkt", Json.Write(new { perceel, nummer, b.Antwoord?.Datum, b.Dagvaarding, b.Zitting, b.Uitspraak, b.Uitkomst })), ct);
    }

    /// <summary>Reads, decides on the dossier and writes the traject row with the audit event; decides again when the traject changed meanwhile.</summary>
    private async Task<Uitkomst<GenummerdBezwaar>> BezwaarAsync(Actor actor, TrajectId id, int perceel, Actie actie, string wat,
        Func<Context, GunningUitkomst<Dossier>> regel, Func<Dossier, int> nummer, Func<Bezwaar, (string Actie, string Na)> audit, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var (c, weigering) = await LeesAsync<GenummerdBezwaar>(actor, id, perceel, [actie], wat, ct).ConfigureAwait(false);
            if (weigering is not null)
                return weigering;
            var uitkomst = regel(c!);
            if (uitkomst is GunningUitkomst<Dossier>.Geweigerd { Weigering: GunningWeigering.OnbekendBezwaar })
                return new Uitkomst<GenummerdBezwaar>.NietGevonden();
            if (uitkomst is not GunningUitkomst<Dossier>.Toegestaan { Waarde: var dossier })
                return ((GunningUitkomst<Dossier>.Geweigerd)uitkomst).Weigering;
            var n = nummer(dossier);
            var bezwaar = dossier.Bezwaren[n - 1];
            var traject = c!.Traject with { Percelen = c.Traject.Percelen.Select(p => p.Nummer == perceel ? p with { Dossier = dossier } : p).ToList() };
            var (tekst, na) = audit(bezwaar);
            var geschreven = await store.SchrijfAsync(traject, TrajectStore.Vervang(c.Traject, c.TrajectVersie, traject), Event(actor, tekst, id, null, na), ct).ConfigureAwait(false);
            if (geschreven.ETags is not null)
                return new GenummerdBezwaar(n, bezwaar, bezwaar.Ingediend <= c.Vandaag && !(bezwaar.Uitspraak <= c.Vandaag));
        }
        return new Uitkomst<GenummerdBezwaar>.Conflict(Tegelijk);
    }
}
