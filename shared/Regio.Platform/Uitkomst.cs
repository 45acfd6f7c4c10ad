using System.Diagnostics.CodeAnalysis;
using Regio.Domain;

namespace Regio.Platform;

/// <summary>
/// What a use case did, in the terms the caller must answer in: the value, or the named reason it did not. Every use
/// case returns one; <c>UitkomstResults</c> answers it over HTTP and <c>PaginaBasis.Melding</c> on a page.
/// </summary>
public abstract record Uitkomst<T>
{
    private Uitkomst() { }

    public sealed record Gelukt(T Waarde) : Uitkomst<T>;

    /// <summary>It does not exist, or the actor may not know that it does.</summary>
    public sealed record NietGevonden : Uitkomst<T>;

    /// <summary>The actor can see it but lacks the role; <paramref name="Reden"/> says what to ask for.</summary>
    public sealed record Geweigerd(string Reden) : Uitkomst<T>;

    /// <summary>The input is wrong; per field, what to fix. <paramref name="Code"/> names the rule where one refused.</summary>
    public sealed record Ongeldig(IReadOnlyDictionary<string, string> Fouten, string? Code = null) : Uitkomst<T>;

    /// <summary>
    /// It clashes with the current state; <paramref name="Melding"/> says how. <paramref name="Verouderd"/> when the
    /// caller's version is no longer the current one (someone else changed it meanwhile). <paramref name="Code"/> names the
    /// rule that refused where there is one (a phase gate's <c>Weigering.Code</c>), so a client can react to it.
    /// </summary>
    public sealed record Conflict(string Melding, bool Verouderd = false, string? Code = null) : Uitkomst<T>;

    public static implicit operator Uitkomst<T>(T waarde) => new Gelukt(waarde);

    /// <summary>A rule's refusal, answered as its <see cref="Regelweigering.Aard"/> says.</summary>
    public static implicit operator Uitkomst<T>(Regelweigering weigering)
    {
        ArgumentNullException.ThrowIfNull(weigering);
        return weigering.Aard switch
        {
            Weigeringsoort.Invoer => new Ongeldig(weigering.Fouten ?? new Dictionary<string, string> { [""] = weigering.Melding }, weigering.Code),
            Weigeringsoort.Toegang => new Geweigerd(weigering.Melding),
            Weigeringsoort.NietGevonden => new NietGevonden(),
            _ => new Conflict(weigering.Melding, Code: weigering.Code),
        };
    }

    /// <summary>True with the value when the use case succeeded.</summary>
    public bool TryGet([MaybeNullWhen(false)] out T waarde)
    {
        waarde = this is Gelukt gelukt ? gelukt.Waarde : default;
        return this is Gelukt;
    }

    /// <summary>
    /// This refusal as the answer of a use case that returns <typeparamref name="TAnder"/>: what the access gate refused
    /// is refused the same way by the use case that asked it.
    /// </summary>
    public Uitkomst<TAnder> RefusalAs<TAnder>() => this switch
    {
        NietGevonden => new Uitkomst<TAnder>.NietGevonden(),
        Geweigerd g => new Uitkomst<TAnder>.Geweigerd(g.Reden),
        Ongeldig o => new Uitkomst<TAnder>.Ongeldig(o.Fouten, o.Code),
        Conflict c => new Uitkomst<TAnder>.Conflict(c.Melding, c.Verouderd, c.Code),
        _ => throw new InvalidOperationException("Een gelukte uitkomst is geen weigering; vraag eerst TryGet."),
    };
}
