using Regio.Domain.Trajecten.Beoordelingen;
using Regio.Functions.Features.Trajecten.Inschrijvingen;
using Regio.Platform.Trajecten.Beoordelingen;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Functions.Features.Trajecten.Beoordelingen;

/// <summary>The criteria of a perceel; <see cref="Punten"/> are what is scored, each with its weight in the total.</summary>
public sealed record CriteriaView(string TrajectId, int Perceel, bool Vastgesteld, bool Bevroren, bool ReeleTarieven, bool MagWijzigen,
    IReadOnlyList<CriteriumView> Criteria, IReadOnlyList<int> Schaal, IReadOnlyList<PuntView> Punten, string? ETag)
{
    public static CriteriaView From(Criteriabeeld b) => From(b.Traject.Id.Value, b.Perceel.Nummer, b.Criteria, b.Bevroren, b.ReeleTarieven, b.MagWijzigen);

    public static CriteriaView From(string trajectId, int perceel, Gelezen<Gunningscriteria>? c, bool bevroren, bool reeleTarieven, bool magWijzigen) => new(
        trajectId, perceel, c is not null, bevroren, reeleTarieven, magWijzigen,
        c?.Waarde.Criteria.Select(k => new CriteriumView(k.Code, k.Naam, k.Soort.ToString(), k.Weging, k.Subcriteria.Select(s => new SubcriteriumView(s.Code, s.Naam, s.Weging)).ToList())).ToList() ?? [],
        c?.Waarde.Schaal ?? [], c?.Waarde.Punten.Select(p => new PuntView(p.Code, p.Naam, p.Criterium, p.Weging)).ToList() ?? [], c?.Versie.ToString());
}

public sealed record CriteriumView(string Code, string Naam, string Soort, int Weging, IReadOnlyList<SubcriteriumView> Subcriteria);

public sealed record SubcriteriumView(string Code, string Naam, int Weging);

public sealed record PuntView(string Code, string Naam, string Criterium, decimal Weging);

/// <summary>What the caller may see of a beoordeling: never a score the policy does not allow.</summary>
public sealed record BeoordelingView(string TrajectId, int Perceel, string PerceelNaam, bool Geopend, CriteriaView Criteria, CommissieView Commissie,
    VoortgangView Voortgang, Bevoegdheden Mag, BeoordelaarView? Ik, IReadOnlyList<BeoordelaarView> Kandidaten, IReadOnlyList<BeoordeeldeView> Inschrijvingen,
    UitslagView? Rangschikking)
{
    public static BeoordelingView From(Beoordelingsbeeld b)
    {
        var id = b.Traject.Id.Value;
        var leden = b.Commissie?.Waarde ?? [];
        return new(id, b.Perceel.Nummer, b.Perceel.Naam, b.IsGeopend, CriteriaView.From(id, b.Perceel.Nummer, b.Criteria, b.IsGeopend, b.ReeleTarieven, b.Mag.Leiden && !b.IsGeopend),
            CommissieView.From(b.Commissie), new VoortgangView(b.Voortgang.Klaar, b.Voortgang.Actief, $"{b.Voortgang.Klaar} van {b.Voortgang.Actief} beoordelaars klaar",
                b.Voortgang.AllesGetoetst, b.Voortgang.IedereenHeeftGescoord, b.Voortgang.Compleet, b.Voortgang.KlaarLeden),
            b.Mag, b.Ik is { } ik ? BeoordelaarView.From(ik) : null, b.Kandidaten.Select(BeoordelaarView.From).ToList(),
            b.Inschrijvingen.Select(i => BeoordeeldeView.From(id, b.Perceel.Nummer, i, leden)).ToList(),
            b.Rangschikking is { } r ? UitslagView.From(r, b.Inschrijvingen.ToDictionary(i => i.Inschrijver.Sleutel, i => i.Inschrijver.Naam), b.Voortgang.Compleet) : null);
    }
}

public sealed record VoortgangView(int Klaar, int Actief, string Tekst, bool AllesGetoetst, bool IedereenHeeftGescoord, bool Compleet, IReadOnlyList<string> KlaarLeden);

public sealed record CommissieView(IReadOnlyList<BeoordelaarView> Leden, string? ETag)
{
    public static CommissieView From(Gelezen<IReadOnlyList<Beoordelaar>>? c) => new(c?.Waarde.Select(BeoordelaarView.From).ToList() ?? [], c?.Versie.ToString());
}

/// <param name="Sleutel">The person key, as in <c>beoordelaars</c> of PUT …/commissie and <c>{beoordelaar}</c> in the scores route.</param>
public sealed record BeoordelaarView(string Sleutel, string Naam, bool Uitgesloten, DateTimeOffset? VerstrengelingGemeld, string? Toelichting)
{
    public static BeoordelaarView From(Beoordelaar b) => new(b.Sleutel, b.Naam, b.IsUitgesloten, b.Verstrengeling?.Gemeld, b.Verstrengeling?.Toelichting);
}

public sealed record BeoordeeldeView(string Inschrijver, string Naam, GeldigheidView? Geldigheid, IReadOnlyList<DocumentLinkView> Documenten,
    ScoresView? Eigen, IReadOnlyList<ScoresView> Allen, ConsensusView? Consensus)
{
    public static BeoordeeldeView From(string trajectId, int perceel, Beoordeelde b, IReadOnlyList<Beoordelaar> leden) => new(
        b.Inschrijver.Sleutel, b.Inschrijver.Naam, b.Geldigheid is { } g ? GeldigheidView.From(g) : null,
        b.Bestanden.Select(f => new DocumentLinkView(f.Document, f.Bestandsnaam, $"{InschrijvingenView.Pad(trajectId, perceel)}/momenten/inschrijving/documenten/{f.UploadId}")).ToList(),
        b.Eigen is { } e ? ScoresView.From(e.Waarde, e.Versie.ToString(), leden) : null,
        b.Allen.Select(a => ScoresView.From(a, null, leden)).ToList(),
        b.Consensus is { } c ? ConsensusView.From(c, b.Totaal ?? 0) : null);
}

public sealed record DocumentLinkView(string Document, string Bestandsnaam, string Url);

public sealed record GeldigheidView(string Inschrijver, bool Geldig, string? Reden, DateTimeOffset Vastgesteld, string VastgesteldDoor, string? ETag)
{
    public static GeldigheidView From(Gelezen<Geldigheid> g) => new(g.Waarde.Inschrijver, g.Waarde.Geldig, g.Waarde.Reden, g.Waarde.Vastgesteld, g.Waarde.VastgesteldDoor, g.Versie.ToString());
}

public sealed record ScoreView(string Punt, int Waarde, string Motivering);

public sealed record ScoresView(string Beoordelaar, string BeoordelaarNaam, string Inschrijver, IReadOnlyList<ScoreView> Scores, DateTimeOffset Ingediend, string? ETag)
{
    public static ScoresView From(IndividueleBeoordeling b, string? etag, IReadOnlyList<Beoordelaar> leden) => new(b.Beoordelaar,
        leden.FirstOrDefault(l => l.Sleutel == b.Beoordelaar)?.Naam ?? b.Beoordelaar, b.Inschrijver, b.Scores.Select(s => new ScoreView(s.Punt, s.Waarde, s.Motivering)).ToList(), b.Ingediend, etag);
}

public sealed record ConsensusView(string Inschrijver, IReadOnlyList<ScoreView> Scores, decimal Totaal, DateTimeOffset Vastgesteld, string VastgesteldDoor, string? ETag)
{
    public static ConsensusView From(Gelezen<Consensus> c, decimal totaal) => new(c.Waarde.Inschrijver, c.Waarde.Scores.Select(s => new ScoreView(s.Punt, s.Waarde, s.Motivering)).ToList(),
        totaal, c.Waarde.Vastgesteld, c.Waarde.VastgesteldDoor, c.Versie.ToString());
}

/// <summary>The ranking: equal totals share a rank (1, 1, 3) and are listed in <see cref="Gelijkspelen"/>, never silently broken.</summary>
public sealed record UitslagView(bool Compleet, bool HeeftGelijkspel, IReadOnlyList<PlaatsView> Plaatsen, IReadOnlyList<IReadOnlyList<string>> Gelijkspelen)
{
    public static UitslagView From(Rangschikking r, IReadOnlyDictionary<string, string> namen, bool compleet) => new(compleet, r.HeeftGelijkspel,
        r.Plaatsen.Select(p => new PlaatsView(p.Rang, p.Inschrijver, namen.GetValueOrDefault(p.Inschrijver) ?? p.Inschrijver, p.Totaal, p.Gedeeld)).ToList(), r.Gelijkspelen);
}

public sealed record PlaatsView(int Rang, string Inschrijver, string Naam, decimal Totaal, bool Gedeeld);
