using Regio.Domain.Contracten;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Domain.Trajecten.Inschrijvingen;
using Regio.Domain.Trajecten.Planning;
using Regio.Platform.Toegang;

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

public sealed partial class GunningBeheer
{
    public async Task<Uitkomst<Gunningsaankondiging>> AankondigingAsync(Actor actor, TrajectId id, int perceel, CancellationToken ct)
    {
        var (c, weigering) = await LeesAsync<Gunningsaankondiging>(actor, id, perceel, [Actie.GunningInzien], "gegevens voor de aankondiging lezen", ct).ConfigureAwait(false);
        if (weigering is not null)
            return weigering;
        if (c!.Besluit is not { Verzonden: { } verzonden } besluit)
            return new GunningWeigering.NogNietVerzonden();
        var contracten = besluit.Definitief is not null ? await ContractenAsync(c, null, ct).ConfigureAwait(false) : [];
        var winnaars = new List<Opdrachtnemer>();
        foreach (var w in besluit.Winnaars)
        {
            winnaars.Add(contracten.FirstOrDefault(k => k.Opdrachtnemer.Inschrijver == w)?.Opdrachtnemer
                ?? await OpdrachtnemerAsync(id, perceel, w, c.Gunning.Brieven.FirstOrDefault(b => b.Inschrijver == w)?.Naam ?? w, ct).ConfigureAwait(false));
        }
        var uitslag = await beoordelingen.LeesAsync(id, perceel, ct).ConfigureAwait(false);
        var t = c.Traject;
        var eerste = contracten.Count > 0 ? contracten[0] : null;
        var start = eerste?.Startdatum
            ?? t.Mijlpalen.Where(m => m.Soort == MijlpaalSoort.ContractStart).Select(m => (DateOnly?)m.GeplandeDatum).FirstOrDefault();
        var looptijd = eerste?.LooptijdJaren ?? t.Contract?.LooptijdJaren;
        return new Gunningsaankondiging(
            await OpdrachtgeverAsync(t, ct).ConfigureAwait(false), id.Value, t.Naam, t.Domein?.ToString(), perceel, c.Perceel.Naam,
            t.Procedure?.ToString(), t.Procedure is { } p && Poorten.PublicatieVerplicht(p),
            verzonden.Datum, besluit.Definitief?.Datum,
            await inschrijvingen.TelAsync(id, perceel, Momentsoort.Inschrijving, ct).ConfigureAwait(false),
            uitslag?.Geldigheden.Count(g => g.Geldig) ?? 0,
            winnaars, start, looptijd, start is { } s && looptijd is { } l ? s.AddYears(l).AddDays(-1) : null,
            (eerste?.Bekostiging ?? t.Contract?.Bekostiging)?.ToString(),
            c.Perceel.Dossier.GunningGepubliceerd);
    }
}
