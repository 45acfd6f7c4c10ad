using Regio.Domain.Trajecten.Vragen;
using Regio.Platform.Trajecten.Vragen;

namespace Regio.Functions.Features.Trajecten.Vragen;

/// <summary>
/// A question as the API shows it. <see cref="Vragensteller"/>, <see cref="Antwoord"/> and <see cref="ETag"/> are only
/// filled for the traject's owner; an aanbieder sees its own questions with their status, nothing more.
/// </summary>
public sealed record VraagView(
    int Nummer, int? Perceel, string Tekst, DateTimeOffset GesteldOp, string Status, int? NotaNummer,
    VragenstellerView? Vragensteller, AntwoordView? Antwoord, string? ETag)
{
    public static VraagView VoorEigenaar(VraagVersie v) => new(
        v.Vraag.Nummer, v.Vraag.Perceel, v.Vraag.Tekst, v.Vraag.GesteldOp, StatusVan(v.Vraag), v.Vraag.NotaNummer,
        new VragenstellerView(v.Vraag.Vragensteller.Organisatie.Value, v.Vraag.Vragensteller.OrganisatieNaam, v.Vraag.Vragensteller.Persoon),
        v.Vraag.Antwoord is { } a ? new AntwoordView(a.Tekst, a.BeantwoordOp, a.Door) : null,
        v.Versie.ToString());

    public static VraagView VoorAanbieder(EigenVraag v) => new(
        v.Nummer, v.Perceel, v.Tekst, v.GesteldOp, StatusVoorAanbieder(v.NotaNummer), v.NotaNummer, null, null, null);

    public static string StatusVan(Vraag vraag) => vraag switch
    {
        { NotaNummer: { } nota } => $"Gepubliceerd in Nota van Inlichtingen {nota}",
        { Antwoord: not null } => "Beantwoord, nog niet gepubliceerd",
        _ => "Nog niet beantwoord",
    };

    /// <summary>An aanbieder does not learn whether its question has been answered until everyone can read the answer.</summary>
    public static string StatusVoorAanbieder(int? notaNummer) =>
        notaNummer is { } nota ? $"Gepubliceerd in Nota van Inlichtingen {nota}" : "In behandeling";
}

public sealed record VragenstellerView(string Organisatie, string OrganisatieNaam, string Persoon);

public sealed record AntwoordView(string Tekst, DateTimeOffset BeantwoordOp, string Door);

/// <summary>The questions the caller may see, and what the caller may do with them.</summary>
public sealed record VragenlijstView(bool MagVragen, bool MagBeantwoorden, int TePubliceren, IReadOnlyList<VraagView> Vragen)
{
    public static VragenlijstView From(Vragenoverzicht o) => new(
        o.MagVragen, o.MagBeantwoorden, o.MagBeantwoorden ? o.TePubliceren : 0,
        o.MagBeantwoorden ? o.AlleVragen.Select(VraagView.VoorEigenaar).ToList() : o.EigenVragen.Select(VraagView.VoorAanbieder).ToList());
}

/// <summary>A published Nota van Inlichtingen: numbered questions and answers, without who asked or answered.</summary>
public sealed record NotaView(int Nummer, DateTimeOffset GepubliceerdOp, IReadOnlyList<NotaVraagView> Vragen)
{
    public static NotaView From(GepubliceerdeNota n) =>
        new(n.Nummer, n.GepubliceerdOp, n.Vragen.Select(v => new NotaVraagView(v.Nummer, v.Perceel, v.Vraag, v.Antwoord)).ToList());
}

public sealed record NotaVraagView(int Nummer, int? Perceel, string Vraag, string Antwoord);

/// <summary>A question; <see cref="Perceel"/> empty for a question about the whole traject.</summary>
public sealed record VraagRequest(int? Perceel, string? Tekst);

public sealed record AntwoordRequest(string? Tekst);
