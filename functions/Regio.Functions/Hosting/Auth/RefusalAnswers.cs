using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;
using Regio.Functions.Components;
using Regio.Platform.Toegang;

namespace Regio.Functions.Hosting.Auth;

/// <summary>
/// Answers a refused request in Dutch: 401 when nobody (or nobody from a registered organisation) is signed in, 403 with
/// what to ask for when the person lacks a role. Pages send people to the sign-in page instead. Refusals are audited.
/// </summary>
public sealed class RefusalAnswers : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded)
        {
            await next(context);
            return;
        }
        var actor = context.GetActor();
        if (authorizeResult.Forbidden && actor is not null)
        {
            var reason = authorizeResult.AuthorizationFailure?.FailureReasons.FirstOrDefault()?.Message ?? Policies.GeenRol;
            await context.RequestServices.GetRequiredService<Toegangslog>().LogRefusalAsync(actor, $"{context.Request.Method} {context.Request.Path}", reason, context.RequestAborted);
            if (Authentication.IsApi(context.Request))
            {
                await WriteAsync(context, StatusCodes.Status403Forbidden, reason);
            }
            else
            {
                await LosePagina.Voor<GeenToegang>(new Dictionary<string, object> { [nameof(GeenToegang.Reden)] = reason }, StatusCodes.Status403Forbidden).ExecuteAsync(context);
            }
            return;
        }
        if (Authentication.IsApi(context.Request))
        {
            await WriteAsync(context, StatusCodes.Status401Unauthorized,
                context.User.Identity?.IsAuthenticated == true && context.User.Ids() is { } ids
                    ? TenantAllowList.OnbekendeOrganisatie(context.User, ids.Tenant)
                    : TenantAllowList.Reason(context));
            return;
        }
        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    public static async Task WriteAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
        });
    }
}
