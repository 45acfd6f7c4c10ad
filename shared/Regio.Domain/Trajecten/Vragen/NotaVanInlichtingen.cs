namespace Regio.Domain.Trajecten.Vragen;

/// <summary>
/// A published Nota van Inlichtingen: its number within the traject, the server time of publication and the numbers of
/// the questions it published. The questions and answers themselves stay on the questions, which never change after.
/// </summary>
public sealed record NotaVanInlichtingen(int Nummer, DateTimeOffset GepubliceerdOp, IReadOnlyList<int> Vragen);

/// <summary>A question as the Nota van Inlichtingen shows it: what was asked and answered, not who asked or who answered.</summary>
public sealed record GepubliceerdeVraag(int Nummer, int? Perceel, string Vraag, string Antwoord);

/// <summary>A Nota van Inlichtingen with its content, as every aanbieder reads it.</summary>
public sealed record GepubliceerdeNota(int Nummer, DateTimeOffset GepubliceerdOp, IReadOnlyList<GepubliceerdeVraag> Vragen)
{
    /// <summary>
    /// Puts the published notas together from their questions, oldest first. A question only counts when it names the
    /// nota itself, so a nota can never show an answer that was not published with it.
    /// </summary>
    public static IReadOnlyList<GepubliceerdeNota> Samenstellen(IEnumerable<NotaVanInlichtingen> notas, IEnumerable<Vraag> vragen)
    {
        var perNota = vragen
            .Where(v => v is { NotaNummer: not null, Antwoord: not null })
            .ToLookup(v => v.NotaNummer!.Value);
        return notas.OrderBy(n => n.Nummer)
            .Select(n => new GepubliceerdeNota(n.Nummer, n.GepubliceerdOp, perNota[n.Nummer]
                .Where(v => n.Vragen.Contains(v.Nummer))
                .OrderBy(v => v.Nummer)
                .Select(v => new GepubliceerdeVraag(v.Nummer, v.Perceel, v.Tekst, v.Antwoord!.Tekst))
                .ToList()))
            .ToList();
    }
}
