namespace Regio.Domain.Trajecten.Beoordelingen;

/// <summary>
/// Whether an opened inschrijving meets the requirements, norms and technical specifications of the tender (SAS
/// obligation c), with the reason where it does not. Only valid inschrijvingen are scored; the proces-verbaal lists
/// every verdict. <see cref="VastgesteldDoor"/> is the name of the person who recorded it.
/// </summary>
public sealed record Geldigheid(string Inschrijver, bool Geldig, string? Reden, DateTimeOffset Vastgesteld, string VastgesteldDoor);
