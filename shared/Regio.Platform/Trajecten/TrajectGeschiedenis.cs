using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Organisaties;
using Regio.Platform.Tijd;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten;

/// <summary>One audit event as a person reads it: who by name and organisation, what, and the state before and after.</summary>
public sealed record Gebeurtenis(DateTimeOffset Tijdstip, string Wie, string Organisatie, string Actie, string? Voor, string? Na);

public sealed record TrajectHistorie(Traject Traject, IReadOnlyList<Gebeurtenis> Gebeurtenissen, Ketencontrole Keten);

/// <summary>
/// The history of a traject from its audit events, with a verification of the hash chain they are part of.
/// Audit events name people by tenant and object id; the names are looked up now, so a renamed colleague reads right.
/// </summary>
public sealed class TrajectGeschiedenis(TrajectStore store, OrganisatieStore organisaties, Toegangspoort toegangspoort, TimeProvider time)
{
    public async Task<Uitkomst<TrajectHistorie>> ReadAsync(Actor actor, TrajectId id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var gelezen = await store.GetAsync(id, ct).ConfigureAwait(false);
        var besluit = gelezen is { } g ? AccessPolicy.Beslis(actor, Actie.GeschiedenisInzien, g.Traject, time.Vandaag()) : new Besluit.NietGevonden();
        if (besluit is not Besluit.Toegestaan)
        {
            return await toegangspoort.WeigerAsync<TrajectHistorie>(actor, $"traject:{id} geschiedenis", besluit, ct).ConfigureAwait(false);
        }
        var traject = gelezen!.Value.Traject;
        var events = store.ReadAuditAsync(traject, ct);
        var keten = store.VerifyAuditAsync(traject, ct);
        var lijst = await events.ConfigureAwait(false);
        var namen = await NamenAsync(lijst.Select(e => e.Actor).Distinct(), ct).ConfigureAwait(false);
        var gebeurtenissen = lijst
            .Select(e => new Gebeurtenis(e.Tijdstip, namen[e.Actor].Wie, namen[e.Actor].Organisatie, e.Actie, e.Voor, e.Na))
            .ToList();
        return new TrajectHistorie(traject, gebeurtenissen, await keten.ConfigureAwait(false));
    }

    /// <summary>One lookup per distinct person, not per event: a history has many events by few people.</summary>
    private async Task<Dictionary<string, (string Wie, string Organisatie)>> NamenAsync(IEnumerable<string> actoren, CancellationToken ct)
    {
        var gevonden = await Task.WhenAll(actoren.Select(async a => (Actor: a, Naam: await NaamAsync(a, ct).ConfigureAwait(false)))).ConfigureAwait(false);
        return gevonden.ToDictionary(x => x.Actor, x => x.Naam);
    }

    private async Task<(string Wie, string Organisatie)> NaamAsync(string auditNaam, CancellationToken ct)
    {
        var delen = auditNaam.Split(':');
        if (delen.Length == 3 && Guid.TryParse(delen[1], out var tenant) && Guid.TryParse(delen[2], out var objectId))
        {
            var lid = await organisaties.FindLidAsync(tenant, objectId, ct).ConfigureAwait(false);
            return (lid?.Lid.Naam ?? $"Onbekende persoon ({objectId})", delen[0]);
        }
        return auditNaam.StartsWith("systeem:", StringComparison.Ordinal) ? ($"Systeem ({auditNaam[8..]})", "Regio") : (auditNaam, "");
    }
}
