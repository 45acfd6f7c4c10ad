using Regio.Domain.Aanbieders;
using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;
using static Regio.Platform.Aanbieders.Aanmeldinvoer;

namespace Regio.Platform.Aanbieders;

/// <summary>One change: the combinatie after it, a member's registration to add or to remove, and the audit text.</summary>
public sealed record Combinatiestap(Combinatie Combinatie, Aanmelding? Bevestigd, OrganisatieId? Verwijderd, string Actie);

/// <summary>What a rule decides on: the combinatie as read, its perceel, the day and moment, and the actor's own member and registration.</summary>
public sealed record Combinatiestand(Combinatie Combinatie, Perceel Perceel, DateOnly Vandaag, DateTimeOffset Nu, OrganisatieId Eigen, Aanmelding? EigenAanmelding);

/// <summary>
/// What every change to a combinatie shares. Without a version a change is applied to the combinatie as it is then
/// (each is one member's own intent), read again up to <see cref="Attempts"/> times; with one, a combinatie that changed
/// meanwhile is refused as stale (a version that is not one of ours is stale too).
/// </summary>
public sealed class Combinatiewijziging(Combinatiepoort poort, AanmeldingStore store, TimeProvider time)
{
    public const int Attempts = 5;

    public async Task<Uitkomst<Combinatiebeeld>> ApplyAsync(
        Actor actor, string id, Actie actie, string wat, Versie? gelezen, Func<Combinatiestand, AanmeldUitkomst<Combinatiestap>> regel, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(regel);
        for (var attempt = 1; ; attempt++)
        {
            var toegang = await poort.OpenAsync(actor, id, actie, wat, ct).ConfigureAwait(false);
            if (!toegang.TryGet(out var open))
            {
                return toegang.RefusalAs<Combinatiebeeld>();
            }
            var (versie, traject, eigen) = open;
            var combinatie = versie.Combinatie;
            if (gelezen is { } verwacht && verwacht.EnkeleETag != versie.ETag)
            {
                return Verouderd();
            }
            var perceel = traject.Percelen.First(p => p.Nummer == combinatie.Perceel);
            var bestaand = await store.GetAanmeldingAsync(combinatie.Traject, combinatie.Perceel, eigen, ct).ConfigureAwait(false);
            var uitkomst = regel(new Combinatiestand(combinatie, perceel, time.Vandaag(), time.GetUtcNow(), eigen, bestaand));
            if (uitkomst is AanmeldUitkomst<Combinatiestap>.Geweigerd g)
            {
                return g.Weigering;
            }
            var stap = ((AanmeldUitkomst<Combinatiestap>.Toegestaan)uitkomst).Waarde;
            var audit = Event(time, actor, stap.Actie, combinatie.Traject, Json.Write(combinatie), Json.Write(stap.Combinatie));
            switch (await store.SaveCombinatieAsync(stap.Combinatie, versie.ETag, stap.Bevestigd, stap.Verwijderd, audit, ct).ConfigureAwait(false))
            {
                case (Schrijfuitkomst.Gelukt, var etag):
                    return new Combinatiebeeld(stap.Combinatie, Versie.Enkel(etag), traject, eigen);
                case (Schrijfuitkomst.AlAangemeld, _):
                    return new AanmeldWeigering.AlAangemeld("zojuist, in een ander verzoek");
                case (Schrijfuitkomst.Verouderd, _) when gelezen is not null || attempt >= Attempts:
                    return Verouderd();
            }
        }
    }

    private static Uitkomst<Combinatiebeeld>.Conflict Verouderd() =>
        new("De combinatie is intussen gewijzigd. Bekijk haar opnieuw en probeer het nog eens.", Verouderd: true);
}
