namespace Regio.Platform.Audit;

/// <summary>What walking one audit chain found: the events that link up before any break, and the first break.</summary>
public sealed record Ketenuitkomst(long Gebeurtenissen, Ketenbreuk? Breuk)
{
    public bool IsHeel => Breuk is null;
}

/// <summary>The first place where a chain is not what its hashes say; <see cref="Volgnummer"/> is the event's number.</summary>
public abstract record Ketenbreuk(long Volgnummer)
{
    /// <summary>Event <see cref="Volgnummer"/> is gone: the next row found carries <see cref="Gevonden"/>.</summary>
    public sealed record Ontbreekt(long Volgnummer, long Gevonden) : Ketenbreuk(Volgnummer);

    /// <summary>Event <see cref="Volgnummer"/> no longer matches its hash or the event before it.</summary>
    public sealed record Gewijzigd(long Volgnummer) : Ketenbreuk(Volgnummer);

    /// <summary>The head names event <see cref="Volgnummer"/>, but the chain ends at <see cref="Laatste"/> (or its hash differs).</summary>
    public sealed record KopWijktAf(long Volgnummer, long Laatste) : Ketenbreuk(Volgnummer);
}
