using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Platform.Audit;
using Regio.Platform.Regios;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten;

/// <summary>A traject as read, with the version a change must send back and the date its phases were derived for.</summary>
public sealed record TrajectVersie(Traject Traject, Versie Versie, DateOnly Peildatum);

/// <summary>
/// The use cases of trajecten. Who may see or change what comes from <see cref="AccessPolicy"/>; whether a perceel
/// may change phase from <see cref="Fasewissel"/>. Every change is written with its audit event in one transaction.
/// </summary>
public sealed partial class TrajectBeheer(TrajectStore store, TrajectPoort poort, Toegangspoort toegangspoort, RegioStore regios, RegioId regio, TimeProvider time)
{
    public async Task<Uitkomst<IReadOnlyList<TrajectVersie>>> LijstAsync(Actor actor, CancellationToken ct)
    {
        var vandaag = time.Vandaag();
        var gevonden = await regios.GetAsync(regio, ct).ConfigureAwait(false) is { } r
            ? await store.ListVersiesForRegioAsync(r, ct).ConfigureAwait(false)
            : [];
        return new Uitkomst<IReadOnlyList<TrajectVersie>>.Gelukt(gevonden
            .Where(t => AccessPolicy.Beslis(actor, Actie.TrajectBekijken, t.Traject, vandaag) is Besluit.Toegestaan)
            .Select(t => new TrajectVersie(Trajectinzage.Voor(actor, t.Traject, vandaag), t.Versie, vandaag))
            .ToList());
    }

    public async Task<Uitkomst<TrajectVersie>> BekijkAsync(Actor actor, TrajectId id, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, Actie.TrajectBekijken, "bekijken", ct).ConfigureAwait(false);
        return toegang.TryGet(out var gelezen)
            ? gelezen with { Traject = Trajectinzage.Voor(actor, gelezen.Traject, gelezen.Peildatum) }
            : toegang;
    }

    public async Task<Uitkomst<TrajectVersie>> MaakAsync(Actor actor, NieuwTraject nieuw, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(nieuw);
        if (Eigenaar.TryParse(nieuw.Eigenaar, out var eigenaar)
            && AccessPolicy.Beslis(actor, Actie.TrajectAanmaken, eigenaar) is var besluit and not Besluit.Toegestaan)
        {
            return await toegangspoort.WeigerAsync<TrajectVersie>(actor, $"traject aanmaken voor {eigenaar.Sleutel}", besluit, ct).ConfigureAwait(false);
        }
        var bekendeRegio = await regios.GetAsync(regio, ct).ConfigureAwait(false);
        var fouten = nieuw.Controleer(bekendeRegio);
        if (fouten.Count > 0)
        {
            return new Uitkomst<TrajectVersie>.Ongeldig(fouten);
        }
        var traject = nieuw.AlsTraject(bekendeRegio!);
        if (await store.GetAsync(traject.Id, ct).ConfigureAwait(false) is not null)
        {
            return Bestaat(traject.Id);
        }
        var audit = Event(actor, "Traject aangemaakt", traject.Id, null, Json.Write(traject));
        var toegevoegd = await store.AddWithVersieAsync(traject, audit, ct).ConfigureAwait(false);
        return toegevoegd switch
        {
            { Versie: { } versie } => new TrajectVersie(traject, versie, time.Vandaag()),
            { TeGroot: { } teGroot } => TeGroot(teGroot),
            _ => Bestaat(traject.Id),
        };
    }

    public async Task<Uitkomst<TrajectVersie>> VoegPerceelToeAsync(Actor actor, TrajectId id, string? naam, Versie expected, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, Actie.TrajectBeheren, "perceel toevoegen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var gelezen))
        {
            return toegang;
        }
        if (NieuwTraject.ControleerNaam(naam, "perceel") is { } fout)
        {
            return Ongeldig("naam", fout);
        }
        var traject = gelezen.Traject;
        var perceel = new Perceel(traject.Percelen.Select(p => p.Nummer).DefaultIfEmpty(0).Max() + 1, naam!.Trim(), []);
        var gewijzigd = traject with { Percelen = [.. traject.Percelen, perceel] };
        return await SlaOpAsync(gelezen, gewijzigd, expected, Event(actor, "Perceel toegevoegd", id, null, Json.Write(perceel)), ct).ConfigureAwait(false);
    }

    public async Task<Uitkomst<TrajectVersie>> WijzigFaseAsync(Actor actor, TrajectId id, int perceel, Fase naar, Versie expected, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, Actie.TrajectBeheren, "fase wijzigen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var gelezen))
        {
            return toegang;
        }
        var traject = gelezen.Traject;
        if (traject.Procedure is not { } procedure)
        {
            return Ongeldig("procedure", "Van dit traject is de procedure niet vastgelegd, dus is niet te bepalen welke fase mag volgen. Leg eerst de procedure vast.");
        }
        if (traject.Percelen.FirstOrDefault(p => p.Nummer == perceel) is not { } huidigPerceel)
        {
            return OnbekendPerceel(traject, perceel);
        }
        var vandaag = time.Vandaag();
        var huidig = huidigPerceel.FaseOp(vandaag);
        if (Fasewissel.Vraag(procedure, huidig, naar, huidigPerceel.Dossier, vandaag) is Domain.Trajecten.Fasemachine.Uitkomst.Geweigerd g)
        {
            return new Uitkomst<TrajectVersie>.Conflict(g.Weigering.Melding, Code: g.Weigering.Code);
        }
        var nieuw = huidigPerceel with { Overgangen = [.. huidigPerceel.Overgangen, new FaseOvergang(naar, vandaag, $"Fasewijziging door {actor.Naam}")] };
        var gewijzigd = traject with { Percelen = traject.Percelen.Select(p => p.Nummer == perceel ? nieuw : p).ToList() };
        var audit = Event(actor, "Fase gewijzigd", id, Json.Write(new { perceel, fase = huidig }), Json.Write(new { perceel, fase = naar }));
        return await SlaOpAsync(gelezen, gewijzigd, expected, audit, ct).ConfigureAwait(false);
    }

    /// <summary>Writes what changed against what was read; only the rows that change are checked against the client's version.</summary>
    private async Task<Uitkomst<TrajectVersie>> SlaOpAsync(TrajectVersie gelezen, Traject traject, Versie expected, AuditEvent audit, CancellationToken ct)
    {
        var opgeslagen = await store.SaveAsync((gelezen.Traject, gelezen.Versie), traject, expected, audit, ct).ConfigureAwait(false);
        return opgeslagen switch
        {
            { Versie: { } versie } => new TrajectVersie(traject, versie, time.Vandaag()),
            { TeGroot: { } teGroot } => TeGroot(teGroot),
            _ => new Uitkomst<TrajectVersie>.Conflict("Iemand anders heeft dit traject intussen gewijzigd. Lees het opnieuw en probeer het nog eens.", Verouderd: true),
        };
    }

    private static Uitkomst<TrajectVersie>.Conflict TeGroot(string melding) => new(melding, Code: Trajectmaat.Code);

    private static Uitkomst<TrajectVersie>.Ongeldig Ongeldig(string veld, string fout) => new(new Dictionary<string, string> { [veld] = fout });

    private static Uitkomst<TrajectVersie>.Conflict Bestaat(TrajectId id) => new($"Er is al een traject met id '{id}'. Kies een ander id.");

    private AuditEvent Event(Actor actor, string actie, TrajectId id, string? voor, string? na) =>
        new(time.GetUtcNow(), actor.AuditNaam, actie, $"traject:{id}", voor, na);
}
