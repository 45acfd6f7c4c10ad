using Regio.Domain.OpenData;
using Regio.Domain.Organisaties;
using Regio.Domain.Regios;
using Regio.Domain.Regiostatus;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Platform.Contracten;
using Regio.Platform.Organisaties;
using Regio.Platform.Regios;
using Regio.Platform.Regiostatus;
using Regio.Platform.Tijd;
using Regio.Platform.Trajecten;

namespace Regio.Platform.OpenData;

/// <summary>The open data of a regio at one moment: every published traject as an OCDS record, in a stable order.</summary>
public sealed record Opendata(Domain.Regios.Regio Regio, DateTimeOffset Gepubliceerd, IReadOnlyList<Ocds.Record> Processen);

/// <summary>
/// The public OCDS export, for anyone, signed in or not. Only published trajecten are in it, built from their phases and
/// dossier dates, the counts of inschrijvingen (never a document) and the contracts of definitive awards: see
/// <see cref="OcdsBron"/>. Round trips: the regio and its organisation, then per owner (the regio and each gemeente)
/// its trajecten, status rows and contracts side by side, however many trajecten there are.
/// </summary>
public sealed class OcdsQuery(RegioStore regios, OrganisatieStore organisaties, TrajectStore trajecten, Statusprojectie projectie, ContractStore contracten, TimeProvider time)
{
    public async Task<Uitkomst<Opendata>> ReadAsync(RegioId regioId, string? ocid, CancellationToken ct)
    {
        if (ocid is not null && !IsOcid(ocid))
        {
            return new Uitkomst<Opendata>.Ongeldig(new Dictionary<string, string>
            {
                ["ocid"] = $"Een ocid van Regio begint met '{OcdsProces.OcidPrefix}-', gevolgd door de id van een traject (kleine letters, cijfers en streepjes), bijvoorbeeld {OcdsProces.Ocid(new TrajectId("jeugdhulp-2023"))}.",
            });
        }
        var regioTaak = regios.GetAsync(regioId, ct);
        var organisatieTaak = organisaties.GetAsync(new OrganisatieId(regioId.Value), ct);
        await Task.WhenAll(regioTaak, organisatieTaak).ConfigureAwait(false);
        if (await regioTaak.ConfigureAwait(false) is not { } regio)
        {
            return new Uitkomst<Opendata>.NietGevonden();
        }
        var nu = time.GetUtcNow();
        var vandaag = time.Vandaag();
        var lead = (await organisatieTaak.ConfigureAwait(false))?.LeadGemeente is { } l && regio.HeeftGemeente(new GemeenteId(l.Value)) ? new GemeenteId(l.Value) : (GemeenteId?)null;
        var eigenaren = regio.Gemeenten.Select(g => (Eigenaar)new Eigenaar.EenGemeente(g.Id)).Prepend(new Eigenaar.DeRegio(regio.Id)).ToList();
        var perEigenaar = await Task.WhenAll(eigenaren.Select(e => LeesEigenaarAsync(e, ct))).ConfigureAwait(false);

        var processen = perEigenaar.SelectMany(e => e)
            .Where(b => b.Traject.IsGepubliceerd(vandaag) && (ocid is null || OcdsProces.Ocid(b.Traject.Id) == ocid))
            .Select(b => new OcdsBron(b.Traject, Koper(regio, lead, b.Traject.Eigenaar), Aanbesteder(regio, lead, b.Traject.Eigenaar), b.Inschrijvingen, b.Contracten))
            .Select(b => OcdsProces.Releases(b, vandaag, NederlandseTijd.Zone))
            .Where(r => r.Count > 0)
            .Select(r => new Ocds.Record(r[0].Ocid, r, OcdsProces.Compiled(r)))
            .OrderBy(r => r.Ocid, StringComparer.Ordinal)
            .ToList();
        return ocid is not null && processen.Count == 0
            ? new Uitkomst<Opendata>.NietGevonden()
            : new Opendata(regio, nu, processen);
    }

    private sealed record Gelezen(Traject Traject, IReadOnlyDictionary<int, int> Inschrijvingen, IReadOnlyList<Domain.Contracten.Contract> Contracten);

    private async Task<IReadOnlyList<Gelezen>> LeesEigenaarAsync(Eigenaar eigenaar, CancellationToken ct)
    {
        var lijst = trajecten.ListForOwnerAsync(eigenaar, ct);
        var rijen = projectie.ReadAsync(eigenaar, ct);
        var gesloten = contracten.ListAsync(eigenaar, ct);
        await Task.WhenAll(lijst, rijen, gesloten).ConfigureAwait(false);
        var tellingen = (await rijen.ConfigureAwait(false)).ToDictionary(r => r.Traject.Id, r => r.Tellingen);
        var perTraject = (await gesloten.ConfigureAwait(false)).ToLookup(c => c.Contract.Traject, c => c.Contract);
        return [.. (await lijst.ConfigureAwait(false)).Select(t => new Gelezen(t, Inschrijvingen(tellingen.GetValueOrDefault(t.Id)), [.. perTraject[t.Id]]))];
    }

    /// <summary>Per perceel the number of inschrijvingen received at the Inschrijving moment (not aanmeldingen or dialogue stukken).</summary>
    private static Dictionary<int, int> Inschrijvingen(IReadOnlyDictionary<int, IReadOnlyList<Inschrijvingstelling>>? tellingen) =>
        (tellingen ?? new Dictionary<int, IReadOnlyList<Inschrijvingstelling>>())
            .ToDictionary(t => t.Key, t => t.Value.Where(s => s.Soort == Momentsoort.Inschrijving).Sum(s => s.Aantal));

    /// <summary>The centrumgemeente signs for the regio; without one the regio itself is the buyer.</summary>
    private static Partij Koper(Domain.Regios.Regio regio, GemeenteId? lead, Eigenaar eigenaar) => eigenaar switch
    {
        Eigenaar.EenGemeente g => Gemeente(regio, g.Gemeente),
        _ when lead is { } l => Gemeente(regio, l),
        _ => new Partij($"regio-{regio.Id}", $"Regio {regio.Naam}"),
    };

    private static Partij? Aanbesteder(Domain.Regios.Regio regio, GemeenteId? lead, Eigenaar eigenaar) =>
        eigenaar is Eigenaar.DeRegio && lead is not null ? new Partij($"regio-{regio.Id}", $"Regio {regio.Naam}") : null;

    private static Partij Gemeente(Domain.Regios.Regio regio, GemeenteId gemeente) => new($"gemeente-{gemeente}", $"Gemeente {regio.NaamVan(gemeente)}");

    private static bool IsOcid(string ocid) =>
        ocid.StartsWith(OcdsProces.OcidPrefix + "-", StringComparison.Ordinal)
        && ocid[(OcdsProces.OcidPrefix.Length + 1)..] is { Length: > 0 and <= 80 } id
        && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
