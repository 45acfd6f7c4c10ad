using Azure.Data.Tables;
using Regio.Domain.Contracten;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Platform.Contracten;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using static Regio.Platform.Trajecten.Gunningen.Gunningwijziging;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>
/// The definitive award: refused by the phase machine's gate while the standstill runs (StandstillLoopt) or a bezwaar is
/// open (BezwaarLoopt); once allowed, the perceel moves to DefinitieveGunning and each winner gets a contract, with the
/// gunning row, the traject row and the audit event in one transaction.
/// </summary>
public sealed class DefinitieveGunning(GunningPoort poort, GunningStore store, Partijen partijen, TimeProvider time)
{
    public async Task<Uitkomst<IReadOnlyList<Contract>>> AwardAsync(Actor actor, TrajectId id, int perceel, DateOnly? startdatum, long? bedragPerJaar, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var open = await poort.OpenAsync(actor, id, perceel, [Actie.GunningBeheren], "definitief gunnen", ct).ConfigureAwait(false);
            if (!open.TryGet(out var c))
                return open.RefusalAs<IReadOnlyList<Contract>>();
            if (c.Besluit is not { Verzonden: not null } besluit)
                return new GunningWeigering.NogNietVerzonden();
            if (besluit.Definitief is { } al)
                return new GunningWeigering.AlDefinitief(al.Datum);
            if (c.DefinitiefGeweigerd() is { } gate)
                return new Uitkomst<IReadOnlyList<Contract>>.Conflict(gate.Melding, Code: gate.Code);
            if (c.Traject.Procedure is null)
                return new Uitkomst<IReadOnlyList<Contract>>.Conflict("Van dit traject is de procedure niet vastgelegd, dus is niet te bepalen of definitief gunnen mag. Leg eerst de procedure vast.");
            var opdrachtgever = await partijen.GetOpdrachtgeverAsync(c.Traject, ct).ConfigureAwait(false);
            var opdrachtnemers = new List<Opdrachtnemer>();
            foreach (var winnaar in besluit.Winnaars)
            {
                var naam = c.Gunning.Brieven.FirstOrDefault(b => b.Inschrijver == winnaar)?.Naam ?? winnaar;
                opdrachtnemers.Add(await partijen.GetOpdrachtnemerAsync(id, perceel, winnaar, naam, ct).ConfigureAwait(false));
            }
            var (gemaakt, nee) = Contractregels.Maak(c.Traject, perceel, opdrachtgever, opdrachtnemers, startdatum, bedragPerJaar, c.Vandaag, actor.Naam);
            if (nee is not null)
            {
                return nee.Veld is { } veld
                    ? new Uitkomst<IReadOnlyList<Contract>>.Ongeldig(new Dictionary<string, string> { [veld] = nee.Melding })
                    : new Uitkomst<IReadOnlyList<Contract>>.Conflict(nee.Melding, Code: nee.Code);
            }
            var nieuweContracten = gemaakt!;
            var definitief = besluit with { Definitief = new Definitief(time.GetUtcNow(), c.Vandaag, actor.AuditNaam, actor.Naam, nieuweContracten.Select(k => k.Id).ToList()) };
            var nieuw = c.Perceel with { Overgangen = [.. c.Perceel.Overgangen, new FaseOvergang(Fase.DefinitieveGunning, c.Vandaag, $"Definitief gegund door {actor.Naam}")] };
            var traject = c.Traject with { Percelen = c.Traject.Percelen.Select(p => p.Nummer == perceel ? nieuw : p).ToList() };
            var deelnemers = c.Traject.Deelnemers.Select(d => d.Value).ToList();
            var rijen = new List<TableTransactionAction> { GunningStore.Besluit(c.Traject, definitief, c.Gunning.Besluit!.ETag) };
            rijen.AddRange(nieuweContracten.Select(k => ContractStore.Nieuw(k, c.Traject.Eigenaar, deelnemers)));
            var eerste = rijen.Count;
            rijen.AddRange(TrajectStore.Vervang(c.Traject, c.TrajectVersie, traject));
            var audit = Event(time, actor, $"Perceel {perceel} definitief gegund; {nieuweContracten.Count} contract(en) aangemaakt", id,
                Json.Write(new { perceel, fase = c.Perceel.FaseOp(c.Vandaag) }),
                Json.Write(new { perceel, fase = Fase.DefinitieveGunning, contracten = nieuweContracten.Select(k => new { k.Id, k.Opdrachtnemer.Naam, k.Startdatum }) }));
            var geschreven = await store.SaveAsync(traject, rijen, audit, ct).ConfigureAwait(false);
            if (geschreven.ETags is not null)
                return nieuweContracten.ToList();
            if (geschreven.GeweigerdeRij < eerste)
                return new Uitkomst<IReadOnlyList<Contract>>.Conflict(Tegelijk, Verouderd: true);
        }
        return new Uitkomst<IReadOnlyList<Contract>>.Conflict(Tegelijk);
    }
}
