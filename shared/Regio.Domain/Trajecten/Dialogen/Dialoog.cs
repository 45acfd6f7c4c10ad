namespace Regio.Domain.Trajecten.Dialogen;

/// <summary>An aanbieder or combinatie in the dialogue of a perceel; <see cref="Sleutel"/> is its <c>Inschrijver.Sleutel</c>.</summary>
public sealed record Dialoogdeelnemer(string Sleutel, string Naam);

/// <summary>
/// The dialogue of one perceel: who takes part and the rounds planned with them. The sessions, one per participant per
/// round, are kept apart (<see cref="Dialoogsessie"/>), because what is said to one participant is never shown to another.
/// </summary>
public sealed record Dialoog(IReadOnlyList<Dialoogdeelnemer> Deelnemers, IReadOnlyList<Dialoogronde> Rondes)
{
    public static Dialoog Leeg { get; } = new([], []);

    public bool IsDeelnemer(string? sleutel) => sleutel is not null && Deelnemers.Any(d => d.Sleutel == sleutel);

    public Dialoogronde? Ronde(int nummer) => Rondes.FirstOrDefault(r => r.Nummer == nummer);
}

/// <summary>A dialogue round with its period and the documents shared with every participant at one moment.</summary>
public sealed record Dialoogronde(int Nummer, string Titel, DateOnly Van, DateOnly Tot, IReadOnlyList<GedeeldDocument> Documenten);

/// <summary>A document shared in a round; <see cref="GedeeldOp"/> is the one server time at which all participants got it.</summary>
public sealed record GedeeldDocument(
    int Nummer, string Id, string Titel, string Bestandsnaam, string Soort, long Grootte, string Sha256, DateTimeOffset GedeeldOp, string Door);

/// <summary>The meeting of one round with one participant; <see cref="Tijd"/> is Dutch local time.</summary>
public sealed record Dialoogsessie(int Ronde, string Deelnemer, DateOnly Datum, TimeOnly Tijd, string Locatie, Sessieverslag? Verslag);

/// <summary>The minutes of a session and the follow-ups agreed in it.</summary>
public sealed record Sessieverslag(string Tekst, IReadOnlyList<Afspraak> Afspraken, DateTimeOffset VastgelegdOp, string Door);

/// <summary>A follow-up: what, who does it (<see cref="Eigenaar"/>) and by when.</summary>
public sealed record Afspraak(string Omschrijving, string Eigenaar, DateOnly Uiterlijk);
