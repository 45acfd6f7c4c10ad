using Regio.Domain.Regiostatus;
using Regio.Platform.Regiostatus;

namespace Regio.Functions.Features.Regiostatus;

/// <summary>The status as JSON. <c>kijker</c> is "regio" for the coordinator or "gemeente:{id}"; shares follow from it.</summary>
public sealed record StatusView(string Regio, string RegioNaam, DateOnly Peildatum, string Kijker, StatusfilterView Filter, IReadOnlyList<TrajectStatusView> Trajecten)
{
    public static StatusView From(Statusoverzicht o)
    {
        ArgumentNullException.ThrowIfNull(o);
        var namen = o.Regio.Gemeenten.ToDictionary(g => g.Id, g => g.Naam);
        return new(o.Regio.Id.Value, o.Regio.Naam, o.Peildatum, o.Gemeente is { } g ? $"gemeente:{g}" : "regio",
            new StatusfilterView(o.Filter.Domein?.ToString(), o.Filter.Fase?.ToString(), o.Filter.Gemeente?.Value),
            [.. o.Trajecten.Select(t => new TrajectStatusView(
                t.Id.Value, t.Naam, t.Eigenaar.Sleutel, t.Eigenaar.Naam(o.Regio), t.IsRegionaal, [.. t.Deelnemers.Select(d => d.Value)],
                t.Domein?.ToString(), t.Procedure?.ToString(), t.Fase.ToString(),
                MijlpaalStatusView.From(t.VolgendeMijlpaal), MijlpaalStatusView.From(t.LaatstGerealiseerd),
                [.. t.Verlopen.Select(m => MijlpaalStatusView.From(m)!)],
                [.. t.Percelen.Select(p => PerceelStatusView.From(p, namen))]))]);
    }
}

public sealed record StatusfilterView(string? Domein, string? Fase, string? Gemeente);

public sealed record TrajectStatusView(
    string Id, string Naam, string Eigenaar, string EigenaarNaam, bool Regionaal, IReadOnlyList<string> Deelnemers, string? Domein, string? Procedure,
    string Fase, MijlpaalStatusView? VolgendeMijlpaal, MijlpaalStatusView? LaatstGerealiseerd, IReadOnlyList<MijlpaalStatusView> Verlopen,
    IReadOnlyList<PerceelStatusView> Percelen);

/// <summary><c>dagenTeLaat</c>: behind the planned date without a realisation, or realised later than first promised.</summary>
public sealed record MijlpaalStatusView(
    string Soort, string Omschrijving, DateOnly GeplandeDatum, DateOnly OorspronkelijkeDatum, DateOnly? WerkelijkeDatum, bool OpTijd, int DagenTeLaat, bool Verschoven)
{
    public static MijlpaalStatusView? From(Mijlpaalstatus? m) => m is null ? null
        : new(m.Soort.ToString(), m.Omschrijving, m.GeplandeDatum, m.OorspronkelijkeDatum, m.WerkelijkeDatum, !m.IsTeLaat, m.DagenTeLaat, m.IsVerschoven);
}

public sealed record PerceelStatusView(
    int Nummer, string Naam, string Fase, DateOnly? FaseSinds, int OpenBezwaren, IReadOnlyList<BezwaarStatusView> Bezwaren,
    IReadOnlyList<InschrijvingTellingView> Inschrijvingen, IReadOnlyList<ContractmomentView> Contractmomenten,
    VerdelingStatusView? Verdeling, EigenAandeelView? EigenAandeel)
{
    public static PerceelStatusView From(Perceelstatus p, IReadOnlyDictionary<Domain.Regios.GemeenteId, string> namen) => new(
        p.Nummer, p.Naam, p.Fase.ToString(), p.FaseSinds, p.OpenBezwaren,
        [.. p.Bezwaren.Select(b => new BezwaarStatusView(b.Soort.ToString(), b.Omschrijving, b.Ingediend, b.Uitspraak, b.Uitkomst, b.Open))],
        [.. p.Inschrijvingen.Select(i => new InschrijvingTellingView(i.Soort.ToString(), i.Aantal))],
        [.. p.Contractmomenten.Select(c => new ContractmomentView(c.Soort.ToString(), c.Datum, c.Omschrijving, c.OorspronkelijkeDatum))],
        p.Verdeling is { } v
            ? new VerdelingStatusView(v.Jaren, [.. v.Aandelen.Select(a => new GemeenteAandeelView(a.Gemeente.Value, namen.GetValueOrDefault(a.Gemeente, a.Gemeente.Value), a.Bedragen))], v.Som)
            : null,
        p.EigenAandeel is { } e
            ? new EigenAandeelView(e.Aandeel.Sleutel, e.Post, [.. e.Jaren.Select(j => new JaarruimteView(j.Jaar, j.Aandeel, j.Budget, j.Ruimte))])
            : null);
}

public sealed record BezwaarStatusView(string Soort, string? Omschrijving, DateOnly Ingediend, DateOnly? Uitspraak, string? Uitkomst, bool Open);

/// <summary>How many submissions count for a moment (aanmelding, dialoog, inschrijving): a number only, submissions are sealed.</summary>
public sealed record InschrijvingTellingView(string Moment, int Aantal);

public sealed record ContractmomentView(string Soort, DateOnly Datum, string Omschrijving, DateOnly? OorspronkelijkeDatum);

/// <summary>Whole euros per year; <c>som</c> is the contract value.</summary>
public sealed record VerdelingStatusView(IReadOnlyList<int> Jaren, IReadOnlyList<GemeenteAandeelView> Aandelen, IReadOnlyList<long> Som);

public sealed record GemeenteAandeelView(string Gemeente, string Naam, IReadOnlyList<long> Bedragen);

/// <summary>The reader's own share beside its own budget: the post it is paid from (if chosen), per year the budget and the room left.</summary>
public sealed record EigenAandeelView(string Sleutel, string? Post, IReadOnlyList<JaarruimteView> Jaren);

public sealed record JaarruimteView(int Jaar, long Aandeel, long? Budget, long? Ruimte);
