using Azure;
using Regio.Domain.Aanbieders;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Platform.Aanbieders;
using Regio.Platform.Audit;
using Regio.Platform.Contracten;
using Regio.Platform.Organisaties;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Beoordelingen;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>
/// The gunning of a perceel: the inkoper drafts the decision from the ranking, previews the letters and sends them all at
/// one server moment, which records the gunningsbeslissing in the dossier (and the phase VoorlopigeGunning where the gate
/// allows) and starts the standstill; inschrijvers read their own letter and raise bezwaren; after the standstill and
/// every bezwaar the definitive award creates the contracts. Who may do what: <see cref="AccessPolicy.BeslisGunning"/>.
/// Every change is one transaction with its audit event in the traject owner's partition. See the partial files.
/// </summary>
public sealed partial class GunningBeheer(
    TrajectStore trajecten, GunningStore store, GunningBlobs blobs, BeoordelingLezer beoordelingen, InschrijvingStore inschrijvingen,
    ContractStore contracten, Inschrijvers inschrijvers, AanmeldingStore aanmeldingen, OrganisatieStore organisaties, Toegangslog log, TimeProvider time)
{
    private const int Attempts = 5;
    private const string Tegelijk = "Tegelijk met u is de gunning of het traject gewijzigd. Er is niets opgeslagen; bekijk de gunning opnieuw en probeer het nog eens.";

    private sealed record Context(Traject Traject, Versie TrajectVersie, Perceel Perceel, GelezenGunning Gunning, Inschrijver? Als, DateOnly Vandaag)
    {
        public Gunningsbesluit? Besluit => Gunning.Besluit?.Waarde;

        /// <summary>The actor acts for an inschrijver that was sent a letter on this perceel.</summary>
        public bool IsOntvanger => Als is { } als && Gunning.Brieven.Any(b => b.Inschrijver == als.Sleutel);

        public bool Mag(Actor actor, Actie actie) => AccessPolicy.BeslisGunning(actor, actie, Traject, Vandaag, IsOntvanger) is Toegang.Besluit.Toegestaan;
    }

    public async Task<Uitkomst<Gunningsbeeld>> BekijkAsync(Actor actor, TrajectId id, int perceel, CancellationToken ct)
    {
        var (c, weigering) = await LeesAsync<Gunningsbeeld>(actor, id, perceel, [Actie.GunningInzien, Actie.GunningsbriefLezen], "gunning bekijken", ct).ConfigureAwait(false);
        if (weigering is not null)
            return weigering;
        var vanEigenaar = c!.Mag(actor, Actie.GunningInzien);
        var beheren = c.Mag(actor, Actie.GunningBeheren);
        var uitslag = vanEigenaar ? await beoordelingen.LeesAsync(id, perceel, ct).ConfigureAwait(false) : null;
        var scoresZien = beheren || c.Besluit?.IsVerzonden == true
            || (uitslag is not null && AccessPolicy.BeslisBeoordeling(actor, Actie.ScoresInzien, c.Traject, c.Vandaag, uitslag.Commissie) is Toegang.Besluit.Toegestaan);
        var eigen = c.Als?.Sleutel;
        var bezwaren = c.Perceel.Dossier.Bezwaren
            .Select((b, i) => new GenummerdBezwaar(i + 1, b, b.Ingediend <= c.Vandaag && !(b.Uitspraak <= c.Vandaag)))
            .Where(b => vanEigenaar || (b.Bezwaar.Indiener is not null && b.Bezwaar.Indiener == eigen))
            .ToList();
        var winnaars = c.Besluit?.IsVerzonden == true
            ? c.Gunning.Brieven.Where(b => b.Gegund).Select(b => b.Naam).ToList()
            : c.Besluit?.Winnaars.Select(w => uitslag?.Namen.GetValueOrDefault(w) ?? w).ToList() ?? [];
        var contracten = c.Besluit?.Definitief is not null ? await ContractenAsync(c, vanEigenaar ? null : eigen, ct).ConfigureAwait(false) : [];
        return new Gunningsbeeld(c.Traject, c.Perceel, c.Vandaag, vanEigenaar ? c.Gunning.Besluit : VoorOntvanger(c.Gunning.Besluit), winnaars,
            scoresZien ? uitslag : null,
            vanEigenaar ? c.Gunning.Brieven : c.Gunning.Brieven.Where(b => b.Inschrijver == eigen).ToList(),
            bezwaren, contracten, vanEigenaar ? DefinitiefGeweigerd(c) : null, vanEigenaar ? null : c.Als, vanEigenaar, beheren,
            c.Mag(actor, Actie.BezwaarIndienen) && c.Besluit is { Definitief: null, Verzonden: { } v } && c.Vandaag <= v.StandstillEindigtOp);
    }

    /// <summary>An inschrijver learns the decision and its dates, not who drafted it or the reasoning behind a concept.</summary>
    private static Gelezen<Gunningsbesluit>? VoorOntvanger(Gelezen<Gunningsbesluit>? besluit) =>
        besluit is { Waarde: { Verzonden: not null } b } ? besluit with { Waarde = b with { OpgesteldDoor = "" } } : null;

    /// <summary>
    /// The gate that refuses the definitive award today, or null when it may happen. The standstill and bezwaren come
    /// first, whatever phase the perceel is in, because that is what a person waits for; then the phase machine itself.
    /// </summary>
    private static Weigering? DefinitiefGeweigerd(Context c)
    {
        if (c.Besluit is not { Verzonden: not null, Definitief: null } || c.Traject.Procedure is not { } procedure)
            return null;
        var dossier = c.Perceel.Dossier;
        return Poorten.Controleer(procedure, Fase.VoorlopigeGunning, Fase.DefinitieveGunning, dossier, c.Vandaag)
            ?? (Fasewissel.Vraag(procedure, c.Perceel.FaseOp(c.Vandaag), Fase.DefinitieveGunning, dossier, c.Vandaag) is Domain.Trajecten.Fasemachine.Uitkomst.Geweigerd g
                ? g.Weigering
                : null);
    }

    /// <summary>
    /// The traject, perceel, gunning and for whom the actor acts, if the policy allows one of <paramref name="acties"/>;
    /// else the (logged) refusal: the first refusal with a reason, or NietGevonden.
    /// </summary>
    private async Task<(Context? Context, Uitkomst<T>? Weigering)> LeesAsync<T>(Actor actor, TrajectId id, int perceel, Actie[] acties, string wat, CancellationToken ct)
    {
        var vandaag = time.Vandaag();
        var gelezen = await trajecten.GetAsync(id, ct).ConfigureAwait(false);
        var p = gelezen?.Traject.Percelen.FirstOrDefault(x => x.Nummer == perceel);
        if (gelezen is not { Traject: var traject, Versie: var etag } || p is null || AccessPolicy.Beslis(actor, Actie.TrajectBekijken, traject, vandaag) is not Toegang.Besluit.Toegestaan)
            return (null, await WeigerAsync<T>(actor, id, wat, new Toegang.Besluit.NietGevonden(), ct).ConfigureAwait(false));
        var gunning = await store.LeesAsync(traject, perceel, ct).ConfigureAwait(false);
        var als = await inschrijvers.VoorAsync(actor, id, perceel, ct).ConfigureAwait(false);
        var c = new Context(traject, etag, p, gunning, als, vandaag);
        var besluiten = acties.Select(a => AccessPolicy.BeslisGunning(actor, a, traject, vandaag, c.IsOntvanger)).ToList();
        if (besluiten.Any(b => b is Toegang.Besluit.Toegestaan))
            return (c, null);
        var besluit = besluiten.FirstOrDefault(b => b is Toegang.Besluit.Geweigerd) ?? new Toegang.Besluit.NietGevonden();
        return (null, await WeigerAsync<T>(actor, id, wat, besluit, ct).ConfigureAwait(false));
    }

    private async Task<Uitkomst<T>> WeigerAsync<T>(Actor actor, TrajectId id, string wat, Toegang.Besluit besluit, CancellationToken ct)
    {
        var reden = besluit is Toegang.Besluit.Geweigerd g ? g.Reden : null;
        await log.GeweigerdAsync(actor, $"traject:{id} {wat}", reden ?? "Niet zichtbaar voor deze gebruiker of bestaat niet", ct).ConfigureAwait(false);
        return reden is null ? new Uitkomst<T>.NietGevonden() : new Uitkomst<T>.Geweigerd(reden);
    }


    private AuditEvent Event(Actor actor, string actie, TrajectId id, string? voor, string? na) =>
        new(time.GetUtcNow(), actor.AuditNaam, actie, $"traject:{id}", voor, na);
}
