using Microsoft.AspNetCore.Components;
using Regio.Functions.Hosting.Auth;
using Regio.Platform;
using Regio.Platform.Toegang;

namespace Regio.Functions.Components;

/// <summary>
/// What every page that acts for the signed-in person needs: who that is, the request's cancellation, a status for
/// a page that says "niet gevonden" or "geen toegang", and the Dutch words for a use case that said no.
/// </summary>
public abstract class PaginaBasis : ComponentBase
{
    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    protected Actor Actor => HttpContext!.RequiredActor();

    protected CancellationToken Afgebroken => HttpContext?.RequestAborted ?? CancellationToken.None;

    /// <summary>
    /// Set as the response starts: a status changed during rendering makes Blazor drop this page's body in favour of
    /// the status code pages (problem+json), and a person should see the page, in the layout, in Dutch.
    /// </summary>
    protected void ZetStatus(int status)
    {
        if (HttpContext is { } context)
        {
            context.Response.OnStarting(() =>
            {
                context.Response.StatusCode = status;
                return Task.CompletedTask;
            });
        }
    }

    /// <summary>What a person reads when a use case refused: the conflict, the missing role, the fields, or that it is gone.</summary>
    protected static string Melding<T>(Uitkomst<T> uitkomst) => uitkomst switch
    {
        Uitkomst<T>.Conflict c => c.Melding,
        Uitkomst<T>.Geweigerd w => w.Reden,
        Uitkomst<T>.Ongeldig o => string.Join(" ", o.Fouten.Values),
        _ => "Dit is niet gevonden, of u heeft er geen toegang meer toe. Ververs de pagina.",
    };
}
