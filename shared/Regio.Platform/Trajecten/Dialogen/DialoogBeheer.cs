using Azure;
using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Dialogen;
using Regio.Platform.Aanbieders;
using Regio.Platform.Audit;
using Regio.Platform.Organisaties;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Dialogen;

/// <summary>
/// The dialogue of a perceel (dialooggericht): the owner's inkoper adds participants and plans rounds, sessions, minutes
/// and shared documents; participants follow it. Who sees what comes from <see cref="AccessPolicy.BeslisDialoog"/>;
/// the rules from <see cref="Dialoogregels"/>; every change is written with its audit event in the traject's partition.
/// </summary>
public sealed partial class DialoogBeheer(
    TrajectPoort poort, DialoogStore store, OrganisatieStore organisaties, Inschrijvers inschrijvers, TimeProvider time)
{
    private const int Attempts = 5;
    private const string Tegelijk = "Tegelijk met u is de dialoog gewijzigd. Er is niets opgeslagen; bekijk de dialoog opnieuw en probeer het nog eens.";

    /// <summary>What the actor may see of the dialogue of <paramref name="perceel"/>.</summary>
    public async Task<Uitkomst<Dialoogbeeld>> BekijkAsync(Actor actor, TrajectId id, int perceel, CancellationToken ct)
    {
        var toegang = await OpenAsync(actor, id, perceel, Actie.DialoogVolgen, "dialoog bekijken", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<Dialoogbeeld>();
        var sessies = await store.SessiesAsync(c.Partitie, id, perceel, ct).ConfigureAwait(false);
        var vandaag = time.Vandaag();
        var zichtbaar = sessies.Where(s => AccessPolicy.BeslisDialoog(actor, Actie.DialoogsessieInzien, c.Traject, vandaag, c.Dialoog.Waarde, c.AlsInschrijver, s.Waarde.Deelnemer) is Besluit.Toegestaan)
            .OrderBy(s => s.Waarde.Ronde).ThenBy(s => s.Waarde.Datum).ThenBy(s => s.Waarde.Tijd).ToList();
        var magBeheren = AccessPolicy.BeslisDialoog(actor, Actie.DialoogBeheren, c.Traject, vandaag, c.Dialoog.Waarde, c.AlsInschrijver) is Besluit.Toegestaan;
        var alsDeelnemer = magBeheren ? null : c.Dialoog.Waarde.Deelnemers.FirstOrDefault(d => d.Sleutel == c.AlsInschrijver);
        // A participant that may not know its competitors yet sees itself as the only participant.
        var deelnemersZichtbaar = AccessPolicy.BeslisDeelnemers(actor, c.Traject, c.Perceel, vandaag) is Besluit.Toegestaan;
        var dialoog = deelnemersZichtbaar
            ? c.Dialoog.Waarde
            : c.Dialoog.Waarde with { Deelnemers = [.. c.Dialoog.Waarde.Deelnemers.Where(d => d.Sleutel == c.AlsInschrijver)] };
        var traject = Trajectinzage.Voor(actor, c.Traject, vandaag);
        return new Dialoogbeeld(traject, traject.Percelen.Single(p => p.Nummer == perceel), dialoog, c.Dialoog.ETag, zichtbaar, magBeheren, alsDeelnemer,
            deelnemersZichtbaar);
    }

    /// <summary>The aanbieders on the platform that are not yet participants: whom the inkoper can add.</summary>
    public async Task<Uitkomst<IReadOnlyList<Organisatie>>> KandidatenAsync(Actor actor, TrajectId id, int perceel, CancellationToken ct)
    {
        var toegang = await OpenAsync(actor, id, perceel, Actie.DialoogBeheren, "dialoogdeelnemers kiezen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<IReadOnlyList<Organisatie>>();
        var alle = await organisaties.ListAsync(c.Scope, ct).ConfigureAwait(false);
        return alle.Where(o => o.Soort == OrganisatieSoort.Aanbieder && !c.Dialoog.Waarde.IsDeelnemer(Inschrijver(o).Sleutel)).OrderBy(o => o.Naam).ToList();
    }

    public async Task<Uitkomst<Versie<Dialoog>>> VoegDeelnemerToeAsync(Actor actor, TrajectId id, int perceel, string? aanbieder, CancellationToken ct)
    {
        var organisatie = string.IsNullOrWhiteSpace(aanbieder) ? null : await organisaties.GetAsync(new OrganisatieId(aanbieder.Trim()), ct).ConfigureAwait(false);
        return await WijzigAsync(actor, id, perceel, "dialoogdeelnemer toevoegen", d => organisatie is { Soort: OrganisatieSoort.Aanbieder } o
            ? Dialoogregels.VoegDeelnemerToe(d, Inschrijver(o))
            : new DialoogWeigering.GeenAanbieder(aanbieder ?? ""), (voor, na) => $"Dialoogdeelnemer toegevoegd aan perceel {perceel}", ct).ConfigureAwait(false);
    }

    public Task<Uitkomst<Versie<Dialoog>>> PlanRondeAsync(Actor actor, TrajectId id, int perceel, string? titel, DateOnly van, DateOnly tot, CancellationToken ct) =>
        WijzigAsync(actor, id, perceel, "dialoogronde plannen", d => Dialoogregels.PlanRonde(d, titel, van, tot),
            (_, na) => $"Dialoogronde {na.Rondes[^1].Nummer} gepland voor perceel {perceel}", ct);

    /// <summary>Reads the dialogue, applies <paramref name="regel"/> and writes it with the ETag read; reads again when someone else was first.</summary>
    private async Task<Uitkomst<Versie<Dialoog>>> WijzigAsync(Actor actor, TrajectId id, int perceel, string wat,
        Func<Dialoog, DialoogUitkomst<Dialoog>> regel, Func<Dialoog, Dialoog, string> actie, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var toegang = await OpenAsync(actor, id, perceel, Actie.DialoogBeheren, wat, ct).ConfigureAwait(false);
            if (!toegang.TryGet(out var c))
                return toegang.RefusalAs<Versie<Dialoog>>();
            var uitkomst = regel(c.Dialoog.Waarde);
            if (uitkomst is not DialoogUitkomst<Dialoog>.Toegestaan { Waarde: var nieuw })
                return ((DialoogUitkomst<Dialoog>.Geweigerd)uitkomst).Weigering;
            var audit = Event(actor, actie(c.Dialoog.Waarde, nieuw), id, Json.Write(c.Dialoog.Waarde), Json.Write(nieuw));
            if (await store.SchrijfAsync(c.Partitie, id, perceel, nieuw, c.Dialoog.ETag, audit, ct).ConfigureAwait(false) is { } etag)
                return new Versie<Dialoog>(nieuw, etag);
        }
        return new Uitkomst<Versie<Dialoog>>.Conflict(Tegelijk);
    }

    private static Dialoogdeelnemer Inschrijver(Organisatie o)
    {
        var inschrijver = Domain.Aanbieders.Inschrijver.Alleen(o);
        return new Dialoogdeelnemer(inschrijver.Sleutel, inschrijver.Naam);
    }


    private AuditEvent Event(Actor actor, string actie, TrajectId id, string? voor, string? na) =>
        new(time.GetUtcNow(), actor.AuditNaam, actie, $"traject:{id}", voor, na);
}
