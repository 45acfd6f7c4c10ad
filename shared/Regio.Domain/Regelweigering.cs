namespace Regio.Domain;

/// <summary>
/// The base of every named refusal of a business rule (a phase gate, a question rule, a submission rule ...): returned,
/// never thrown. <see cref="Code"/> is stable and names the rule, so a client and a test can tell which one refused;
/// <see cref="Melding"/> tells a person in Dutch what to do; <see cref="Veld"/> names the input to fix, or is null when
/// the request was well formed but clashes with the state of things. <see cref="Aard"/> says how it is answered. Each
/// feature's refusals derive from this one, so they are answered the same way over HTTP and on a page.
/// </summary>
public abstract record Regelweigering
{
    public string Code => GetType().Name;

    public abstract string Melding { get; }

    public virtual string? Veld => null;

    /// <summary>Per input to fix, what to fix; null when the refusal is about the state, not the input.</summary>
    public virtual IReadOnlyDictionary<string, string>? Fouten =>
        Veld is { } veld ? new Dictionary<string, string> { [veld] = Melding } : null;

    public virtual Weigeringsoort Aard => Fouten is null ? Weigeringsoort.Conflict : Weigeringsoort.Invoer;
}

/// <summary>How a refusal is answered (400, 409, 403 or 404 over HTTP).</summary>
public enum Weigeringsoort
{
    /// <summary>The input is wrong; <see cref="Regelweigering.Fouten"/> says per field what to fix.</summary>
    Invoer,

    /// <summary>The request is fine but clashes with the state of things.</summary>
    Conflict,

    /// <summary>The actor may see it but lacks the position to do this.</summary>
    Toegang,

    /// <summary>What the request names is not there (for this actor).</summary>
    NietGevonden,
}
