using Azure;
using Regio.Domain.Aanbieders;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Aanbieders;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Inschrijvingen;

/// <summary>One moment as the reader may see it: the owner gets <see cref="Aantal"/>, an aanbieder its own <see cref="Eigen"/>.</summary>
public sealed record Momentbeeld(Indienmoment Moment, ETag? ETag, string Termijn, bool IsGesloten, int? Aantal, Inschrijving? Eigen);

/// <summary>The submission moments of a perceel for one reader, and what that reader may do with them.</summary>
public sealed record Inschrijvingsbeeld(Traject Traject, Perceel Perceel, IReadOnlyList<Momentbeeld> Momenten, Inschrijver? Als, bool MagBeheren);

/// <summary>
/// Sealed submissions of a perceel (DESIGN rule 3): the owner sets the moments, an aanbieder (or the combinatie it is a
/// confirmed member of) submits through upload grants and gets a receipt, and after the deadline two people open the
/// moment. Who may do what comes from <see cref="AccessPolicy.BeslisInschrijving"/>; every change is written with its
/// audit event in the perceel's partition of "inschrijvingen". See the .Indienen and .Opening parts.
/// </summary>
public sealed partial class InschrijvingenBeheer(
    TrajectPoort poort, TrajectStore trajecten, InschrijvingStore store, InschrijvingBlobs blobs, Uploadregister uploads, Inschrijvers inschrijvers, Beoordelingen.BeoordelingStore beoordelingen,
    Regiostatus.Statusprojectie status, TimeProvider time, Microsoft.Extensions.Logging.ILogger<InschrijvingenBeheer> logger)
{
    /// <summary>The largest file of a submission.</summary>
    public const long MaximumBytes = 200L * 1024 * 1024;

    private const string Tegelijk = "Tegelijk met u is dit gewijzigd. Er is niets opgeslagen; bekijk de pagina opnieuw en probeer het nog eens.";

    public async Task<Uitkomst<Inschrijvingsbeeld>> BekijkAsync(Actor actor, TrajectId id, int perceel, CancellationToken ct)
    {
        var toegang = await OpenAsync(actor, id, perceel, [Actie.Inschrijven, Actie.InschrijvingenTellen], "inschrijvingen bekijken", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<Inschrijvingsbeeld>();
        var nu = time.GetUtcNow();
        var alsAanbieder = c.Besluit == Actie.Inschrijven;
        var momenten = new List<Momentbeeld>();
        foreach (var m in await store.MomentenAsync(id, perceel, ct).ConfigureAwait(false))
        {
            var soort = m.Waarde.Soort;
            var aantal = alsAanbieder ? (int?)null : await store.TelAsync(id, perceel, soort, ct).ConfigureAwait(false);
            var eigen = alsAanbieder ? (await store.InschrijvingAsync(id, perceel, soort, c.Als!.Sleutel, ct).ConfigureAwait(false))?.Waarde : null;
            momenten.Add(new Momentbeeld(m.Waarde, m.ETag, Termijntekst.Resterend(m.Waarde.Sluiting, nu), m.Waarde.IsGesloten(nu), aantal, eigen));
        }
        var magBeheren = AccessPolicy.BeslisInschrijving(actor, Actie.IndienmomentBeheren, c.Traject, time.Vandaag(), null) is Besluit.Toegestaan;
        return new Inschrijvingsbeeld(c.Traject, c.Perceel, momenten, alsAanbieder ? c.Als : null, magBeheren);
    }

    /// <summary>Sets the required documents and the deadline of a moment; a change needs the ETag that was read.</summary>
    public async Task<Uitkomst<Gelezen<Indienmoment>>> StelMomentVastAsync(
        Actor actor, TrajectId id, int perceel, Momentsoort soort, IReadOnlyList<string>? documenten, DateTimeOffset? sluiting, ETag? etag, CancellationToken ct)
    {
        var toegang = await OpenAsync(actor, id, perceel, Actie.IndienmomentBeheren, "indienmoment vaststellen", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var c))
            return toegang.RefusalAs<Gelezen<Indienmoment>>();
        if (sluiting is null)
            return new Uitkomst<Gelezen<Indienmoment>>.Ongeldig(new Dictionary<string, string> { ["sluiting"] = "Vul de sluitingstermijn in: datum en tijd, bijvoorbeeld 2026-12-01T12:00:00+01:00." });
        var bestaand = await store.MomentAsync(id, perceel, soort, ct).ConfigureAwait(false);
        if (bestaand is not null && etag is null)
            return new Uitkomst<Gelezen<Indienmoment>>.Conflict("Dit indienmoment bestaat al. Stuur de ETag mee die u las (If-Match), zodat een wijziging van een ander niet verloren gaat.", Verouderd: true);
        if (bestaand is not null && etag != bestaand.ETag)
            return new Uitkomst<Gelezen<Indienmoment>>.Conflict(Tegelijk, Verouderd: true);
        var nu = time.GetUtcNow();
        var regel = Inschrijvingsregels.StelVast(bestaand?.Waarde, soort, documenten, sluiting.Value, nu);
        if (regel is InschrijvingUitkomst<Indienmoment>.Geweigerd w)
            return w.Weigering;
        var moment = ((InschrijvingUitkomst<Indienmoment>.Toegestaan)regel).Waarde;
        var audit = Event(actor, bestaand is null ? $"Indienmoment {Indienmoment.Naam(soort)} vastgesteld" : $"Indienmoment {Indienmoment.Naam(soort)} gewijzigd",
            $"moment:{id}:{perceel}:{Indienmoment.Naam(soort)}", bestaand is null ? null : Json.Write(bestaand.Waarde), Json.Write(moment));
        if (await store.SchrijfAsync(id, perceel, moment, bestaand?.ETag, audit, ct).ConfigureAwait(false) is not { } nieuw)
            return new Uitkomst<Gelezen<Indienmoment>>.Conflict(Tegelijk, Verouderd: true);
        await status.TelOpnieuwAsync(c.Traject, perceel, ct).ConfigureAwait(false);
        return new Gelezen<Indienmoment>(moment, nieuw);
    }

    private sealed record Context(Traject Traject, Perceel Perceel, Inschrijver? Als, Domain.Trajecten.Beoordelingen.Beoordelaar? Lid, DateOnly Vandaag, Actie Besluit);

    /// <summary>The traject, perceel and for whom the actor acts, if the policy allows <paramref name="actie"/>; else the (logged) refusal.</summary>
    private Task<Uitkomst<Context>> OpenAsync(
        Actor actor, TrajectId id, int perceel, Actie actie, string wat, CancellationToken ct, Indienmoment? moment = null) =>
        OpenAsync(actor, id, perceel, [actie], wat, ct, moment);

    /// <summary>As above for the first of <paramref name="acties"/> the policy allows; a refusal is the last one's.</summary>
    private Task<Uitkomst<Context>> OpenAsync(
        Actor actor, TrajectId id, int perceel, Actie[] acties, string wat, CancellationToken ct, Indienmoment? moment = null)
    {
        Besluit Beslis(Context c, Actie actie) =>
            AccessPolicy.BeslisInschrijving(actor, actie, c.Traject, c.Vandaag, c.Als?.Sleutel, moment, c.Lid);
        return poort.OpenAsync(
            actor, id, wat,
            async t => t.Traject.Percelen.FirstOrDefault(x => x.Nummer == perceel) is { } p
                ? new Context(t.Traject, p, await inschrijvers.VoorAsync(actor, id, perceel, ct).ConfigureAwait(false),
                    acties.Contains(Actie.InschrijvingenLezen) && moment is { IsGeopend: true }
                        ? AccessPolicy.Commissielid(actor, await beoordelingen.CommissieAsync(id, perceel, ct).ConfigureAwait(false))
                        : null,
                    t.Peildatum, acties[0])
                : null,
            c => acties.Select(a => Beslis(c, a)).FirstOrDefault(b => b is Besluit.Toegestaan) ?? Beslis(c, acties[^1]),
            (c, _) => c with { Besluit = acties.First(a => Beslis(c, a) is Besluit.Toegestaan) },
            ct);
    }

    private AuditEvent Event(Actor actor, string actie, string onderwerp, string? voor, string? na) =>
        new(time.GetUtcNow(), actor.AuditNaam, actie, onderwerp, voor, na);

    private static string Onderwerp(TrajectId id, int perceel, Inschrijver als) => Onderwerp(id, perceel, als.Sleutel);

    /// <summary>What the audit events about one inschrijver's submissions are about; its own history is read by it.</summary>
    internal static string Onderwerp(TrajectId id, int perceel, string inschrijver) => $"inschrijving:{id}:{perceel}:{inschrijver}";
}
