namespace Regio.Domain.Trajecten.Inschrijvingen;

/// <summary>Either the new value or the named refusal.</summary>
public abstract record InschrijvingUitkomst<T>
{
    private InschrijvingUitkomst() { }

    public sealed record Toegestaan(T Waarde) : InschrijvingUitkomst<T>;

    public sealed record Geweigerd(InschrijvingWeigering Weigering) : InschrijvingUitkomst<T>;

    public static implicit operator InschrijvingUitkomst<T>(T waarde) => new Toegestaan(waarde);

    public static implicit operator InschrijvingUitkomst<T>(InschrijvingWeigering weigering) => new Geweigerd(weigering);
}

/// <summary>
/// The rules of sealed submissions (DESIGN rule 3 and 4). <c>nu</c> is always the server's time; the deadline is
/// exclusive: at <see cref="Indienmoment.Sluiting"/> itself the moment is closed. <paramref name="sluitingTekst"/>
/// arguments are the deadline as people read it (Dutch time), made by the caller.
/// </summary>
public static class Inschrijvingsregels
{
    public const int MaximumDocumentnaam = 80;

    /// <summary>Sets or changes a moment; only until its deadline, and only to a deadline in the future.</summary>
    public static InschrijvingUitkomst<Indienmoment> StelVast(Indienmoment? bestaand, Momentsoort soort, IReadOnlyList<string>? documenten, DateTimeOffset sluiting, DateTimeOffset nu)
    {
        if (bestaand is not null && bestaand.IsGesloten(nu))
            return new InschrijvingWeigering.MomentGesloten();
        var namen = (documenten ?? []).Select(d => d?.Trim() ?? "").ToList();
        if (namen.Count == 0)
            return new InschrijvingWeigering.GeenDocumenten();
        var fout = namen.FirstOrDefault(n => n.Length is 0 or > MaximumDocumentnaam || namen.Count(m => string.Equals(m, n, StringComparison.OrdinalIgnoreCase)) > 1);
        if (fout is not null)
            return new InschrijvingWeigering.OngeldigeDocumentnaam(fout);
        if (sluiting <= nu)
            return new InschrijvingWeigering.SluitingVerleden();
        return new Indienmoment(soort, namen, sluiting);
    }

    /// <summary>Whether anything may still be submitted, replaced or withdrawn at <paramref name="nu"/>.</summary>
    public static InschrijvingWeigering? MagIndienen(Indienmoment? moment, DateTimeOffset nu, string sluitingTekst) => moment switch
    {
        null => new InschrijvingWeigering.GeenMoment(),
        { } m when m.IsGesloten(nu) => new InschrijvingWeigering.TermijnVerstreken(sluitingTekst),
        _ => null,
    };

    /// <summary>Every required document present, none that was not asked for (names compared without case).</summary>
    public static InschrijvingWeigering? IsVolledig(Indienmoment moment, IEnumerable<string> documenten)
    {
        ArgumentNullException.ThrowIfNull(moment);
        var gegeven = documenten.ToList();
        if (gegeven.FirstOrDefault(d => !moment.Documenten.Contains(d, StringComparer.OrdinalIgnoreCase)) is { } onbekend)
            return new InschrijvingWeigering.OnbekendDocument(onbekend);
        var ontbreekt = moment.Documenten.Where(d => !gegeven.Contains(d, StringComparer.OrdinalIgnoreCase)).ToList();
        return ontbreekt.Count > 0 ? new InschrijvingWeigering.DocumentOntbreekt(ontbreekt) : null;
    }

    /// <summary>A new version on top of the earlier ones; none is ever removed.</summary>
    public static Inschrijving VoegToe(Inschrijving? bestaand, string inschrijver, string naam, Indiening indiening) =>
        bestaand is null
            ? new Inschrijving(inschrijver, naam, [indiening with { Versie = 1 }])
            : bestaand with { Naam = naam, Versies = [.. bestaand.Versies, indiening with { Versie = bestaand.VolgendeVersie }] };

    public static InschrijvingUitkomst<Inschrijving> TrekIn(Inschrijving? bestaand, string bewijsId, DateTimeOffset nu, string door) =>
        bestaand?.Geldend is null
            ? new InschrijvingWeigering.NietIngediend()
            : VoegToe(bestaand, bestaand.Inschrijver, bestaand.Naam, new Indiening(0, bewijsId, nu, door, [], Ingetrokken: true));

    /// <summary>The first key of the opening: after the deadline, not yet started.</summary>
    public static InschrijvingUitkomst<Indienmoment> StartOpening(Indienmoment moment, string door, string naam, DateTimeOffset nu, string sluitingTekst)
    {
        ArgumentNullException.ThrowIfNull(moment);
        if (!moment.IsGesloten(nu))
            return new InschrijvingWeigering.NogNietGesloten(sluitingTekst);
        if (moment.IsGeopend)
            return new InschrijvingWeigering.AlGeopend();
        if (moment.Opening is { } gestart)
            return new InschrijvingWeigering.TweedePersoonNodig(gestart.GestartDoorNaam);
        return moment with { Opening = new Opening(door, naam, nu) };
    }

    /// <summary>The second key: a different person than the one who started it.</summary>
    public static InschrijvingUitkomst<Indienmoment> BevestigOpening(Indienmoment moment, string door, string naam, DateTimeOffset nu)
    {
        ArgumentNullException.ThrowIfNull(moment);
        if (moment.IsGeopend)
            return new InschrijvingWeigering.AlGeopend();
        if (moment.Opening is not { } gestart)
            return new InschrijvingWeigering.OpeningNietGestart();
        if (gestart.GestartDoor == door)
            return new InschrijvingWeigering.TweedePersoonNodig(gestart.GestartDoorNaam);
        return moment with { Opening = gestart with { BevestigdDoor = door, BevestigdDoorNaam = naam, BevestigdOp = nu } };
    }
}
