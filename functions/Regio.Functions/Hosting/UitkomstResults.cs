using Microsoft.AspNetCore.Http.HttpResults;
using Regio.Platform;

namespace Regio.Functions.Hosting;

/// <summary>How a use case's refusal is answered over HTTP; the Dutch titles come from <see cref="Problems"/>.</summary>
public static class UitkomstResults
{
    /// <summary>The detail of every answer that names its invalid fields under <c>errors</c>.</summary>
    public const string OngeldigeVelden = "Niet alle gegevens zijn goed ingevuld. Zie bij 'errors' per veld wat er moet veranderen.";

    /// <summary>The answer for an <see cref="Uitkomst{T}"/> that did not succeed.</summary>
    public static Probleem Weigering<T>(Uitkomst<T> uitkomst) => uitkomst switch
    {
        Uitkomst<T>.NietGevonden => Probleem.Van(StatusCodes.Status404NotFound),
        Uitkomst<T>.Geweigerd g => Probleem.Van(StatusCodes.Status403Forbidden, detail: g.Reden),
        Uitkomst<T>.Ongeldig o => Probleem.Van(Ongeldig(o)),
        Uitkomst<T>.Conflict { Verouderd: true } c => Probleem.Van(StatusCodes.Status412PreconditionFailed, detail: c.Melding),
        // The code names the rule that refused (a phase gate, a dossier rule), so a client can react to it without parsing Dutch.
        Uitkomst<T>.Conflict c => Probleem.Van(
            StatusCodes.Status409Conflict, detail: c.Melding,
            extensions: c.Code is { } code ? new Dictionary<string, object?> { ["code"] = code } : null),
        _ => throw new InvalidOperationException("Een gelukte uitkomst is geen weigering."),
    };

    private static HttpValidationProblemDetails Ongeldig<T>(Uitkomst<T>.Ongeldig ongeldig)
    {
        var problem = new HttpValidationProblemDetails(ongeldig.Fouten.ToDictionary(f => f.Key, f => new[] { f.Value }))
        {
            Status = StatusCodes.Status400BadRequest,
            Detail = OngeldigeVelden,
        };
        if (ongeldig.Code is { } code)
        {
            problem.Extensions["code"] = code;
        }
        return problem;
    }
}
