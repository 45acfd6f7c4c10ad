namespace Regio.Domain.Trajecten.Dialogen;

/// <summary>The outcome of a dialogue rule: the new value, or the rule that refused.</summary>
public abstract record DialoogUitkomst<T>
{
    private DialoogUitkomst() { }

    public sealed record Toegestaan(T Waarde) : DialoogUitkomst<T>;

    public sealed record Geweigerd(DialoogWeigering Weigering) : DialoogUitkomst<T>;

    public static implicit operator DialoogUitkomst<T>(T waarde) => new Toegestaan(waarde);

    public static implicit operator DialoogUitkomst<T>(DialoogWeigering weigering) => new Geweigerd(weigering);
}

/// <summary>
/// Planning the dialogue of a perceel (dialooggericht, art. 2.38 Aw): participants, rounds, one session per participant
/// per round with its minutes, and documents shared with all participants at once so that each is treated equally.
/// </summary>
public static class Dialoogregels
{
    public const int MaximumTitel = 200;
    public const int MaximumVerslag = 20_000;
    public const int MaximumAfspraken = 30;
    public const int MaximumAfspraak = 500;

    public static DialoogUitkomst<Dialoog> VoegDeelnemerToe(Dialoog dialoog, Dialoogdeelnemer deelnemer)
    {
        ArgumentNullException.ThrowIfNull(dialoog);
        ArgumentNullException.ThrowIfNull(deelnemer);
        return dialoog.IsDeelnemer(deelnemer.Sleutel)
            ? new DialoogWeigering.AlDeelnemer(deelnemer.Naam)
            : dialoog with { Deelnemers = [.. dialoog.Deelnemers, deelnemer] };
    }

    public static DialoogUitkomst<Dialoog> PlanRonde(Dialoog dialoog, string? titel, DateOnly van, DateOnly tot)
    {
        ArgumentNullException.ThrowIfNull(dialoog);
        if (Tekst("titel", "de titel van de ronde", titel, MaximumTitel) is { } fout)
            return fout;
        if (tot < van)
            return new DialoogWeigering.PeriodeOmgekeerd(van, tot);
        var nummer = dialoog.Rondes.Select(r => r.Nummer).DefaultIfEmpty(0).Max() + 1;
        return dialoog with { Rondes = [.. dialoog.Rondes, new Dialoogronde(nummer, titel!.Trim(), van, tot, [])] };
    }

    /// <summary><paramref name="gepland"/> is the session already planned with this participant in this round, if any.</summary>
    public static DialoogUitkomst<Dialoogsessie> PlanSessie(
        Dialoog dialoog, int ronde, string? deelnemer, DateOnly datum, TimeOnly tijd, string? locatie, Dialoogsessie? gepland)
    {
        ArgumentNullException.ThrowIfNull(dialoog);
        if (dialoog.Ronde(ronde) is not { } r)
            return new DialoogWeigering.OnbekendeRonde(ronde);
        if (dialoog.Deelnemers.FirstOrDefault(d => d.Sleutel == deelnemer) is not { } wie)
            return new DialoogWeigering.GeenDeelnemer();
        if (datum < r.Van || datum > r.Tot)
            return new DialoogWeigering.BuitenRonde(r.Van, r.Tot);
        if (Tekst("locatie", "de locatie (een adres of 'online')", locatie, MaximumTitel) is { } fout)
            return fout;
        return gepland is not null
            ? new DialoogWeigering.SessieGepland(wie.Naam, ronde)
            : new Dialoogsessie(ronde, wie.Sleutel, datum, tijd, locatie!.Trim(), null);
    }

    /// <summary>Records or rewrites the minutes; the follow-ups given replace the earlier ones.</summary>
    public static DialoogUitkomst<Dialoogsessie> LegVerslagVast(
        Dialoogsessie sessie, string? tekst, IReadOnlyList<Afspraak> afspraken, DateTimeOffset op, string door)
    {
        ArgumentNullException.ThrowIfNull(sessie);
        ArgumentNullException.ThrowIfNull(afspraken);
        if (Tekst("verslag", "het verslag van de sessie", tekst, MaximumVerslag) is { } fout)
            return fout;
        if (afspraken.Count > MaximumAfspraken)
            return new DialoogWeigering.TeVeelAfspraken(MaximumAfspraken);
        foreach (var a in afspraken)
        {
            var afspraakFout = Tekst("afspraken", "bij elke afspraak wat er is afgesproken", a.Omschrijving, MaximumAfspraak)
                ?? Tekst("afspraken", "bij elke afspraak wie haar uitvoert", a.Eigenaar, MaximumTitel);
            if (afspraakFout is not null)
                return afspraakFout;
        }
        var schoon = afspraken.Select(a => new Afspraak(a.Omschrijving.Trim(), a.Eigenaar.Trim(), a.Uiterlijk)).ToList();
        return sessie with { Verslag = new Sessieverslag(tekst!.Trim(), schoon, op, door) };
    }

    /// <summary>Adds <paramref name="document"/> (numbered here) to the round; every participant reads the same round, so all get it at once.</summary>
    public static DialoogUitkomst<Dialoog> DeelDocument(Dialoog dialoog, int ronde, GedeeldDocument document)
    {
        ArgumentNullException.ThrowIfNull(dialoog);
        ArgumentNullException.ThrowIfNull(document);
        if (dialoog.Ronde(ronde) is not { } r)
            return new DialoogWeigering.OnbekendeRonde(ronde);
        if (dialoog.Deelnemers.Count == 0)
            return new DialoogWeigering.GeenDeelnemers();
        if (Tekst("titel", "de titel van het document", document.Titel, MaximumTitel) is { } fout)
            return fout;
        var nummer = r.Documenten.Select(d => d.Nummer).DefaultIfEmpty(0).Max() + 1;
        var gedeeld = r with { Documenten = [.. r.Documenten, document with { Nummer = nummer, Titel = document.Titel.Trim() }] };
        return dialoog with { Rondes = dialoog.Rondes.Select(x => x.Nummer == ronde ? gedeeld : x).ToList() };
    }

    private static DialoogWeigering? Tekst(string veld, string wat, string? tekst, int maximum) =>
        string.IsNullOrWhiteSpace(tekst) ? new DialoogWeigering.TekstOntbreekt(veld, wat)
        : tekst.Trim().Length > maximum ? new DialoogWeigering.TeLang(veld, maximum)
        : null;
}
