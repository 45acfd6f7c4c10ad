using Regio.Domain.Trajecten;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten;

/// <summary>Adding a perceel to a traject, numbered after the highest there is.</summary>
public sealed class PerceelToevoegen(TrajectPoort poort, Trajectopslag opslag)
{
    public async Task<Uitkomst<TrajectVersie>> AddAsync(Actor actor, TrajectId id, string? naam, Versie expected, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, Actie.TrajectBeheren, "perceel toevoegen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var gelezen))
        {
            return toegang;
        }
        if (NieuwTraject.ControleerNaam(naam, "perceel") is { } fout)
        {
            return Trajectopslag.Ongeldig("naam", fout);
        }
        var traject = gelezen.Traject;
        var perceel = new Perceel(traject.Percelen.Select(p => p.Nummer).DefaultIfEmpty(0).Max() + 1, naam!.Trim(), []);
        var gewijzigd = traject with { Percelen = [.. traject.Percelen, perceel] };
        return await opslag.SaveAsync(gelezen, gewijzigd, expected, opslag.Event(actor, "Perceel toegevoegd", id, null, Json.Write(perceel)), ct).ConfigureAwait(false);
    }
}
