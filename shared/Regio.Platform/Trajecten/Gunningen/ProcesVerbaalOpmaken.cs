using System.Text.Json;
using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Audit;
using Regio.Platform.Contracten;
using Regio.Platform.Organisaties;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Beoordelingen;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>The proces-verbaal as a document, for the owner's people; built on each request from what is stored.</summary>
public sealed record ProcesVerbaalbestand(string Bestandsnaam, byte[] Inhoud);

/// <summary>Drawing up the proces-verbaal of a perceel from its stored facts and both audit chains.</summary>
public sealed class ProcesVerbaalOpmaken(
    GunningPoort poort, GunningStore store, InschrijvingStore inschrijvingen, BeoordelingLezer beoordelingen, ContractStore contracten,
    OrganisatieStore organisaties, Partijen partijen, TimeProvider time)
{
    public async Task<Uitkomst<ProcesVerbaalbestand>> CreateAsync(Actor actor, TrajectId id, int perceel, CancellationToken ct)
    {
        var open = await poort.OpenAsync(actor, id, perceel, [Actie.GunningInzien], "proces-verbaal opmaken", ct).ConfigureAwait(false);
        if (!open.TryGet(out var c))
            return open.RefusalAs<ProcesVerbaalbestand>();
        var gegevens = await PvgegevensAsync(c, ct).ConfigureAwait(false);
        var titel = $"Proces-verbaal {c.Traject.Naam}, perceel {perceel}";
        return new ProcesVerbaalbestand($"proces-verbaal-{id}-perceel-{perceel}.docx", GunningDocx.Maak(titel, Procesverbaal.Blokken(gegevens)));
    }

    private async Task<Pvgegevens> PvgegevensAsync(Gunningscontext c, CancellationToken ct)
    {
        var id = c.Traject.Id;
        var perceel = c.Perceel.Nummer;
        var momenten = new List<Pvmoment>();
        var verloop = new List<AuditEvent>();
        foreach (var moment in await inschrijvingen.ListMomentenAsync(id, perceel, ct).ConfigureAwait(false))
        {
            var aantal = await inschrijvingen.CountAsync(id, perceel, moment.Waarde.Soort, ct).ConfigureAwait(false);
            var geopend = moment.Waarde.IsGeopend;
            momenten.Add(new Pvmoment(moment.Waarde, aantal, geopend ? await inschrijvingen.ListAsync(id, perceel, moment.Waarde.Soort, ct).ConfigureAwait(false) : []));
        }
        // The sealed chain says who submitted when; it joins the record only once the final offers are opened.
        if (momenten.Any(m => m.Moment.Soort == Momentsoort.Inschrijving && m.Moment.IsGeopend))
        {
            verloop.AddRange((await inschrijvingen.ListGeschiedenisAsync(id, perceel, ct).ConfigureAwait(false))
                .Where(e => !e.Actie.StartsWith("Uploadmachtiging", StringComparison.Ordinal)));
        }
        verloop.AddRange((await store.GetHistoryAsync(c.Traject, ct).ConfigureAwait(false))
            .Where(e => e.Onderwerp == $"traject:{id}" && OverPerceel(e, perceel)));
        var namen = new Dictionary<string, string>();
        var regels = new List<Pvregel>();
        foreach (var e in verloop)
            regels.Add(new Pvregel(e.Tijdstip, await NaamAsync(e.Actor, namen, ct).ConfigureAwait(false), e.Actie));
        return new Pvgegevens(c.Traject, c.Perceel, Partijen.Dienst(await partijen.GetOpdrachtgeverAsync(c.Traject, ct).ConfigureAwait(false)), time.GetUtcNow(), momenten, regels,
            await beoordelingen.GetAsync(id, perceel, ct).ConfigureAwait(false), c.Besluit, c.Gunning.Brieven,
            c.Besluit?.Definitief is not null ? await c.GetContractenAsync(contracten, null, ct).ConfigureAwait(false) : []);
    }

    /// <summary>An event of the traject's chain belongs here unless its before/after image names another perceel.</summary>
    private static bool OverPerceel(AuditEvent e, int perceel)
    {
        foreach (var json in new[] { e.Na, e.Voor })
        {
            if (json is null)
                continue;
            try
            {
                using var doc = JsonDocument.Parse(json);
                if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("perceel", out var p) && p.ValueKind == JsonValueKind.Number)
                    return p.GetInt32() == perceel;
            }
            catch (JsonException)
            {
                return true;
            }
        }
        return true;
    }

    /// <summary>The person behind an audit key "{organisatie}:{tenant}:{object}", by the name their organisation gave them.</summary>
    private async Task<string> NaamAsync(string sleutel, Dictionary<string, string> namen, CancellationToken ct)
    {
        if (namen.TryGetValue(sleutel, out var naam))
            return naam;
        var delen = sleutel.Split(':');
        var gevonden = delen.Length == 3 && Guid.TryParse(delen[1], out var tenant) && Guid.TryParse(delen[2], out var oid)
            ? await organisaties.FindLidAsync(tenant, oid, ct).ConfigureAwait(false)
            : null;
        var organisatie = delen.Length == 3 && OrganisatieId.IsValid(delen[0]) ? await organisaties.GetAsync(new OrganisatieId(delen[0]), ct).ConfigureAwait(false) : null;
        naam = gevonden is { } lid ? $"{lid.Lid.Naam}{(organisatie is null ? "" : $" ({organisatie.Naam})")}" : organisatie?.Naam ?? "onbekend";
        namen[sleutel] = naam;
        return naam;
    }
}
