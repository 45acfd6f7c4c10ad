namespace Regio.Domain.Trajecten.Vragen;

/// <summary>The outcome of a rule on questions: the new value, or the rule that refused.</summary>
public abstract record VraagUitkomst<T>
{
    private VraagUitkomst() { }

    public sealed record Toegestaan(T Waarde) : VraagUitkomst<T>;

    public sealed record Geweigerd(VraagWeigering Weigering) : VraagUitkomst<T>;
}

/// <summary>
/// Asking, answering and publishing questions for the Nota van Inlichtingen. Answers may be rewritten until they are
/// published; publishing takes every answered question that is not yet published, at one moment.
/// </summary>
public static class Vragenregels
{
    public const int MaximumTekens = 4000;

    /// <summary>
    /// One Nota van Inlichtingen is one table transaction (at most 100 rows), so it publishes at most this many answers;
    /// the next nota takes the rest.
    /// </summary>
    public const int MaximumPerNota = 90;

    public static VraagUitkomst<Vraag> Stel(
        int nummer, int? perceel, string? tekst, IReadOnlyList<int> percelen, DateTimeOffset op, Vragensteller vragensteller)
    {
        ArgumentNullException.ThrowIfNull(percelen);
        if (Controleer(tekst, "vraag", new VraagWeigering.LegeVraag()) is { } weigering)
        {
            return new VraagUitkomst<Vraag>.Geweigerd(weigering);
        }
        if (perceel is { } p && !percelen.Contains(p))
        {
            return new VraagUitkomst<Vraag>.Geweigerd(new VraagWeigering.OnbekendPerceel(p, percelen));
        }
        return new VraagUitkomst<Vraag>.Toegestaan(new Vraag(nummer, perceel, Schoon(tekst), op, vragensteller));
    }

    public static VraagUitkomst<Vraag> Beantwoord(Vraag vraag, string? tekst, DateTimeOffset op, string door)
    {
        ArgumentNullException.ThrowIfNull(vraag);
        if (vraag.NotaNummer is { } nota)
        {
            return new VraagUitkomst<Vraag>.Geweigerd(new VraagWeigering.AlGepubliceerd(vraag.Nummer, nota));
        }
        if (Controleer(tekst, "antwoord", new VraagWeigering.LeegAntwoord()) is { } weigering)
        {
            return new VraagUitkomst<Vraag>.Geweigerd(weigering);
        }
        return new VraagUitkomst<Vraag>.Toegestaan(vraag with { Antwoord = new Antwoord(Schoon(tekst), op, door) });
    }

    /// <summary>How many answers the next Nota van Inlichtingen will publish.</summary>
    public static int TePubliceren(IEnumerable<Vraag> vragen) => Math.Min(vragen.Count(v => v.IsKlaarVoorPublicatie), MaximumPerNota);

    /// <summary>
    /// The next nota, numbered after <paramref name="eerdere"/>, and the questions it publishes (marked with its number).
    /// Refused when no answer waits for publication: a nota is never empty.
    /// </summary>
    public static VraagUitkomst<(NotaVanInlichtingen Nota, IReadOnlyList<Vraag> Vragen)> Publiceer(
        IReadOnlyList<Vraag> vragen, IReadOnlyList<NotaVanInlichtingen> eerdere, DateTimeOffset op)
    {
        ArgumentNullException.ThrowIfNull(vragen);
        ArgumentNullException.ThrowIfNull(eerdere);
        var klaar = vragen.Where(v => v.IsKlaarVoorPublicatie).OrderBy(v => v.Nummer).Take(MaximumPerNota).ToList();
        if (klaar.Count == 0)
        {
            return new VraagUitkomst<(NotaVanInlichtingen, IReadOnlyList<Vraag>)>.Geweigerd(
                new VraagWeigering.NietsTePubliceren(vragen.Count(v => v.Antwoord is null)));
        }
        var nummer = eerdere.Select(n => n.Nummer).DefaultIfEmpty(0).Max() + 1;
        var nota = new NotaVanInlichtingen(nummer, op, klaar.Select(v => v.Nummer).ToList());
        return new VraagUitkomst<(NotaVanInlichtingen, IReadOnlyList<Vraag>)>.Toegestaan(
            (nota, klaar.Select(v => v with { NotaNummer = nummer }).ToList()));
    }

    /// <summary>Browsers post line breaks as CR LF; counted as one, the limit means the same in every client.</summary>
    private static string Schoon(string? tekst) => (tekst ?? "").ReplaceLineEndings("\n").Trim();

    private static VraagWeigering? Controleer(string? tekst, string wat, VraagWeigering leeg)
    {
        var schoon = Schoon(tekst);
        return schoon.Length == 0 ? leeg
            : schoon.Length > MaximumTekens ? new VraagWeigering.TeLang(wat, schoon.Length, MaximumTekens)
            : null;
    }
}
