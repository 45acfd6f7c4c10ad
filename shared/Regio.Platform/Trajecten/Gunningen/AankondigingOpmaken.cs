using Regio.Domain.Contracten;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Domain.Trajecten.Planning;
using Regio.Platform.Contracten;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Beoordelingen;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Platform.Trajecten.Gunningen;

/// <summary>
/// What the aankondiging van de gegunde opdracht on TenderNed needs (SAS obligation f): who awarded what, by which
/// procedure, when, how many offers came in, to whom (with KvK numbers), and the contract's start and term. The contract
/// data are the contracts' own once awarded definitively, else the traject's terms and planned start.
/// </summary>
public sealed record Gunningsaankondiging(
    Opdrachtgever AanbestedendeDienst,
    string TrajectId,
    string Opdracht,
    string? Domein,
    int Perceel,
    string PerceelNaam,
    string? Procedure,
    bool PublicatieVerplicht,
    DateOnly DatumGunningsbeslissing,
    DateOnly? DatumDefinitieveGunning,
    int AantalInschrijvingen,
    int AantalGeldig,
    IReadOnlyList<Opdrachtnemer> Winnaars,
    DateOnly? ContractStart,
    int? LooptijdJaren,
    DateOnly? ContractEinde,
    string? Bekostiging,
    DateOnly? GunningGepubliceerd);

/// <summary>The owner's people read what the aankondiging van de gegunde opdracht needs, once the letters are sent.</summary>
public sealed class AankondigingOpmaken(
    GunningPoort poort, BeoordelingLezer beoordelingen, InschrijvingStore inschrijvingen, ContractStore contracten, Partijen partijen)
{
    public async Task<Uitkomst<Gunningsaankondiging>> GetAsync(Actor actor, TrajectId id, int perceel, CancellationToken ct)
    {
        var open = await poort.OpenAsync(actor, id, perceel, [Actie.GunningInzien], "gegevens voor de aankondiging lezen", ct).ConfigureAwait(false);
        if (!open.TryGet(out var c))
            return open.RefusalAs<Gunningsaankondiging>();
        if (c.Besluit is not { Verzonden: { } verzonden } besluit)
            return new GunningWeigering.NogNietVerzonden();
        var gesloten = besluit.Definitief is not null ? await c.GetContractenAsync(contracten, null, ct).ConfigureAwait(false) : [];
        var winnaars = new List<Opdrachtnemer>();
        foreach (var w in besluit.Winnaars)
        {
            winnaars.Add(gesloten.FirstOrDefault(k => k.Opdrachtnemer.Inschrijver == w)?.Opdrachtnemer
                ?? await partijen.GetOpdrachtnemerAsync(id, perceel, w, c.Gunning.Brieven.FirstOrDefault(b => b.Inschrijver == w)?.Naam ?? w, ct).ConfigureAwait(false));
        }
        var uitslag = await beoordelingen.GetAsync(id, perceel, ct).ConfigureAwait(false);
        var t = c.Traject;
        var eerste = gesloten.Count > 0 ? gesloten[0] : null;
        var start = eerste?.Startdatum
            ?? t.Mijlpalen.Where(m => m.Soort == MijlpaalSoort.ContractStart).Select(m => (DateOnly?)m.GeplandeDatum).FirstOrDefault();
        var looptijd = eerste?.LooptijdJaren ?? t.Contract?.LooptijdJaren;
        return new Gunningsaankondiging(
            await partijen.GetOpdrachtgeverAsync(t, ct).ConfigureAwait(false), id.Value, t.Naam, t.Domein?.ToString(), perceel, c.Perceel.Naam,
            t.Procedure?.ToString(), t.Procedure is { } p && Poorten.PublicatieVerplicht(p),
            verzonden.Datum, besluit.Definitief?.Datum,
            await inschrijvingen.CountAsync(id, perceel, Momentsoort.Inschrijving, ct).ConfigureAwait(false),
            uitslag?.Geldigheden.Count(g => g.Geldig) ?? 0,
            winnaars, start, looptijd, start is { } s && looptijd is { } l ? s.AddYears(l).AddDays(-1) : null,
            (eerste?.Bekostiging ?? t.Contract?.Bekostiging)?.ToString(),
            c.Perceel.Dossier.GunningGepubliceerd);
    }
}
