namespace Regio.Domain.Trajecten.Inschrijvingen;

/// <summary>The submission moments of a perceel: registration for selection, dialogue deliverables, final offer.</summary>
public enum Momentsoort
{
    Aanmelding,
    Dialoog,
    Inschrijving,
}

/// <summary>
/// One submission moment of a perceel: the documents every submission must hold and the deadline, to the millisecond.
/// The moment is closed from <see cref="Sluiting"/> on (the server's clock decides); it is open for reading only once
/// two people have opened it (<see cref="Opening"/>).
/// </summary>
public sealed record Indienmoment(Momentsoort Soort, IReadOnlyList<string> Documenten, DateTimeOffset Sluiting, Opening? Opening = null)
{
    public bool IsGesloten(DateTimeOffset nu) => nu >= Sluiting;

    public bool IsGeopend => Opening is { BevestigdOp: not null };

    /// <summary>The name in URLs: aanmelding, dialoog, inschrijving.</summary>
    public static string Naam(Momentsoort soort) => soort.ToString().ToLowerInvariant();

    public static Momentsoort? Lees(string? naam) =>
        Enum.TryParse<Momentsoort>(naam, ignoreCase: true, out var soort) && Enum.IsDefined(soort) && !int.TryParse(naam, out _) ? soort : null;

    public static string Omschrijving(Momentsoort soort) => soort switch
    {
        Momentsoort.Aanmelding => "Aanmelding voor de selectie",
        Momentsoort.Dialoog => "Stukken voor de dialoog",
        _ => "Inschrijving",
    };
}

/// <summary>
/// The four-eyes opening: started by one authorised person, confirmed by a different one. <c>Door</c> is the stable
/// identity (tenant and object id) that decides "different"; <c>Naam</c> is what the record shows.
/// </summary>
public sealed record Opening(string GestartDoor, string GestartDoorNaam, DateTimeOffset GestartOp,
    string? BevestigdDoor = null, string? BevestigdDoorNaam = null, DateTimeOffset? BevestigdOp = null);
