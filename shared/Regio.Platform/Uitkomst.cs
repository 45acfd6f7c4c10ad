namespace Regio.Platform;

/// <summary>What a use case did, in the terms the caller must answer in: the value, or the named reason it did not.</summary>
public abstract record Uitkomst<T>
{
    private Uitkomst() { }

    public sealed record Gelukt(T Waarde) : Uitkomst<T>;

    /// <summary>It does not exist, or the actor may not know that it does.</summary>
    public sealed record NietGevonden : Uitkomst<T>;

    /// <summary>The actor can see it but lacks the role; <paramref name="Reden"/> says what to ask for.</summary>
    public sealed record Geweigerd(string Reden) : Uitkomst<T>;

    /// <summary>The input is wrong; per field, what to fix.</summary>
    public sealed record Ongeldig(IReadOnlyDictionary<string, string> Fouten) : Uitkomst<T>;

    /// <summary>
    /// It clashes with the current state; <paramref name="Melding"/> says how. <paramref name="Verouderd"/> when the
    /// caller's ETag is no longer the current one (someone else changed it meanwhile). <paramref name="Code"/> names the
    /// rule that refused where there is one (a phase gate's <c>Weigering.Code</c>), so a client can react to it.
    /// </summary>
    public sealed record Conflict(string Melding, bool Verouderd = false, string? Code = null) : Uitkomst<T>;

    public static implicit operator Uitkomst<T>(T waarde) => new Gelukt(waarde);
}
