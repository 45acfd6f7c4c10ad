namespace Regio.Domain.Trajecten.Gunningen;

/// <summary>
/// The gunningsbeslissing of one perceel: drafted by the inkoper (winners, with the reason where the choice departs from
/// the ranking), then sent to every inschrijver at one moment, which starts the standstill, and after it made definitive.
/// Several winners are allowed: Haarlem awarded huishoudelijke ondersteuning to seven aanbieders.
/// </summary>
public sealed record Gunningsbesluit(
    int Perceel,
    IReadOnlyList<string> Winnaars,
    string? Toelichting,
    string? Afwijking,
    string OpgesteldDoor,
    DateTimeOffset OpgesteldOp,
    Verzending? Verzonden = null,
    Definitief? Definitief = null)
{
    public bool IsVerzonden => Verzonden is not null;

    public bool IsGegund(string inschrijver) => Winnaars.Contains(inschrijver, StringComparer.Ordinal);

    /// <summary>The motivation recorded in the dossier: who won and why, in one paragraph.</summary>
    public string Motivering(IReadOnlyDictionary<string, string> namen)
    {
        ArgumentNullException.ThrowIfNull(namen);
        var wie = string.Join(", ", Winnaars.Select(w => namen.TryGetValue(w, out var n) ? n : w));
        var tekst = $"Gegund aan {wie} op grond van de rangschikking van de consensusscores per gunningscriterium.";
        if (!string.IsNullOrWhiteSpace(Afwijking))
            tekst += $" Keuze bij gelijke of afwijkende rangorde: {Afwijking.Trim()}";
        if (!string.IsNullOrWhiteSpace(Toelichting))
            tekst += $" {Toelichting.Trim()}";
        return tekst;
    }
}

/// <summary>
/// The one moment all letters were sent (<see cref="Op"/>, the server's clock) and the Dutch calendar date it fell on,
/// from which the standstill counts; <see cref="Verzending"/> is the id of the stored letters.
/// </summary>
public sealed record Verzending(string Id, DateTimeOffset Op, DateOnly Datum, DateOnly StandstillEindigtOp, string Door, string DoorNaam);

/// <summary>The definitive award: when, by whom, and which contracts it created.</summary>
public sealed record Definitief(DateTimeOffset Op, DateOnly Datum, string Door, string DoorNaam, IReadOnlyList<string> Contracten);
