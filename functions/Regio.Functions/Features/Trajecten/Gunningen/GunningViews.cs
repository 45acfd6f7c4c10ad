using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Gunningen;
using Regio.Functions.Features.Contracten;
using Regio.Functions.Hosting;
using Regio.Platform.Trajecten.Gunningen;
using Regio.Platform.Trajecten.Inschrijvingen;

namespace Regio.Functions.Features.Trajecten.Gunningen;

/// <summary>
/// The gunning of a perceel as the API shows it. <see cref="Status"/>: geen, concept, verzonden or definitief.
/// <see cref="Rangschikking"/> and <see cref="Voorstel"/> only for who may see scores; <see cref="DefinitiefGeweigerd"/>
/// names the gate that refuses the definitive award today.
/// </summary>
public sealed record GunningView(
    string TrajectId, int Perceel, string Status, IReadOnlyList<string> Winnaars, IReadOnlyList<string> WinnaarNamen, string? Afwijking, string? Toelichting,
    DateTimeOffset? VerzondenOp, DateOnly? StandstillEindigtOp, int? DagenTeGaan, DateOnly? DefinitiefOp,
    IReadOnlyList<PlaatsView>? Rangschikking, IReadOnlyList<string>? Voorstel, IReadOnlyList<BriefView> Brieven, IReadOnlyList<BezwaarItemView> Bezwaren,
    IReadOnlyList<ContractDetailView> Contracten, WeigeringView? DefinitiefGeweigerd, bool MagBeheren, bool MagBezwaarIndienen, string? ETag)
{
    public static GunningView From(Gunningsbeeld b)
    {
        ArgumentNullException.ThrowIfNull(b);
        var besluit = b.Besluit?.Waarde;
        var status = besluit switch { null => "geen", { Definitief: not null } => "definitief", { Verzonden: not null } => "verzonden", _ => "concept" };
        var id = b.Traject.Id.Value;
        return new(id, b.Perceel.Nummer, status, b.VanEigenaar ? besluit?.Winnaars ?? [] : [], b.WinnaarNamen, besluit?.Afwijking, besluit?.Toelichting,
            besluit?.Verzonden?.Op, b.StandstillEindigtOp, b.DagenTeGaan, besluit?.Definitief?.Datum,
            b.Uitslag?.Rangschikking.Plaatsen.Select(p => new PlaatsView(p.Rang, p.Inschrijver, b.Uitslag.Namen.GetValueOrDefault(p.Inschrijver, p.Inschrijver), p.Totaal, p.Gedeeld)).ToList(),
            b.Uitslag is { } u ? Gunningsregels.Voorstel(u.Rangschikking) : null,
            b.Brieven.Select(r => BriefView.From(id, b.Perceel.Nummer, r)).ToList(),
            b.Bezwaren.Select(BezwaarItemView.From).ToList(),
            b.Contracten.Select(c => ContractDetailView.From(c, null)).ToList(),
            b.DefinitiefGeweigerd is { } w ? new WeigeringView(w.Code, w.Melding) : null,
            b.MagBeheren, b.MagBezwaarIndienen, b.Besluit?.Versie.ToString());
    }
}

public sealed record PlaatsView(int Rang, string Inschrijver, string Naam, decimal Totaal, bool Gedeeld);

public sealed record WeigeringView(string Code, string Melding);

/// <summary>A sent letter: to whom, the decision, and the SHA-256 it had when sent; <see cref="Download"/> is the DOCX.</summary>
public sealed record BriefView(string Inschrijver, string Naam, bool Gegund, string Sha256, long Grootte, DateTimeOffset Verzonden, string Download)
{
    public static BriefView From(string traject, int perceel, Briefregistratie r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Inschrijver, r.Naam, r.Gegund, r.Sha256, r.Grootte, r.Verzonden, Pad(traject, perceel, r.Inschrijver));
    }

    public static string Pad(string traject, int perceel, string inschrijver) =>
        $"/api/trajecten/{traject}/percelen/{perceel}/gunning/brieven/{Uri.EscapeDataString(inschrijver)}";
}

/// <summary>A bezwaar: <see cref="Loopt"/> while it holds up the definitive award. The inschrijver's own words only for the owner and itself.</summary>
public sealed record BezwaarItemView(
    int Nummer, string Soort, string? Omschrijving, DateOnly Ingediend, string? Indiener, string? IndienerNaam, string? Toelichting,
    DateOnly? AntwoordDatum, string? Antwoord, DateOnly? Dagvaarding, DateOnly? Zitting, DateOnly? Uitspraak, string? Uitkomst, bool Loopt)
{
    public static BezwaarItemView From(GenummerdBezwaar g)
    {
        ArgumentNullException.ThrowIfNull(g);
        var b = g.Bezwaar;
        return new(g.Nummer, b.Soort.ToString(), b.Omschrijving, b.Ingediend, b.Indiener, b.IndienerNaam, b.Toelichting,
            b.Antwoord?.Datum, b.Antwoord?.Tekst, b.Dagvaarding, b.Zitting, b.Uitspraak, b.Uitkomst, g.Loopt);
    }
}

/// <summary>The decision as drafted or sent, with the ETag a change (or the sending) must send back.</summary>
public sealed record BesluitView(int Perceel, IReadOnlyList<string> Winnaars, string? Afwijking, string? Toelichting, DateTimeOffset? VerzondenOp, DateOnly? StandstillEindigtOp, string? ETag)
{
    public static BesluitView From(Gelezen<Gunningsbesluit> g)
    {
        ArgumentNullException.ThrowIfNull(g);
        var b = g.Waarde;
        return new(b.Perceel, b.Winnaars, b.Afwijking, b.Toelichting, b.Verzonden?.Op, b.Verzonden?.StandstillEindigtOp, g.Versie.ToString());
    }
}

/// <summary>The concept letters as they would read if sent today, each as its headings, paragraphs and tables.</summary>
public sealed record ConceptbrievenView(bool KanVerzenden, string? Waarom, string? ETag, IReadOnlyList<ConceptbriefView> Brieven)
{
    public static ConceptbrievenView From(Conceptbrieven c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.KanVerzenden, c.Waarom, c.Besluit.Versie.ToString(), c.Brieven.Select(b => new ConceptbriefView(b.Ontvanger, b.OntvangerNaam, b.Gegund,
            b.Blokken.Select(BlokView.From).ToList())).ToList());
    }
}

public sealed record ConceptbriefView(string Inschrijver, string Naam, bool Gegund, IReadOnlyList<BlokView> Blokken);

/// <summary>One block of a document: soort "kop" (with niveau), "alinea" (tekst) or "tabel" (kolommen, rijen).</summary>
public sealed record BlokView(string Soort, string? Tekst, int? Niveau, IReadOnlyList<string>? Kolommen, IReadOnlyList<IReadOnlyList<string>>? Rijen)
{
    public static BlokView From(Documentblok blok) => blok switch
    {
        Documentblok.Kop k => new("kop", k.Tekst, k.Niveau, null, null),
        Documentblok.Alinea a => new("alinea", a.Tekst, null, null, null),
        Documentblok.Tabel t => new("tabel", null, null, t.Kolommen, t.Rijen),
        _ => throw new ArgumentOutOfRangeException(nameof(blok)),
    };
}

public sealed record GunningRequest([property: IdVeld] IReadOnlyList<string>? Winnaars, string? Afwijking, string? Toelichting);

public sealed record DefinitiefRequest(DateOnly? Startdatum, long? BedragPerJaar);

public sealed record BezwaarRequest(string? Soort, string? Toelichting)
{
    public static BezwaarSoort? LeesSoort(string? soort) =>
        Enum.TryParse<BezwaarSoort>(soort, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(soort, out _) ? s : null;
}

public sealed record BezwaarWijzigingRequest(DateOnly? AntwoordDatum, string? Antwoord, DateOnly? Dagvaarding, DateOnly? Zitting, DateOnly? UitspraakDatum, string? Uitkomst)
{
    public Bezwaarwijziging AlsWijziging() => new(AntwoordDatum, Leeg(Antwoord), Dagvaarding, Zitting, UitspraakDatum, Leeg(Uitkomst));

    private static string? Leeg(string? tekst) => string.IsNullOrEmpty(tekst) ? null : tekst;
}
