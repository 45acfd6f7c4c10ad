using Microsoft.AspNetCore.Authentication;

namespace Regio.Functions.Hosting.Auth;

/// <summary>
/// Marks the one place a person of an Entra tenant that no organisation has registered may reach: the self-registration
/// of their care provider (the API endpoint and its page). <see cref="TenantAllowList"/> accepts their validated token
/// there and nowhere else, and <see cref="RequestActor"/> makes them an actor without organisation there.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class OnbekendeTenantAttribute : Attribute
{
    /// <summary>
    /// The item a browser sign-in for the self-registration carries through Entra ID (inside the protected state, so it
    /// cannot be forged): the OpenID Connect callback is another endpoint, so this is what tells the allow-list.
    /// </summary>
    public const string Item = "regio.onbekende-tenant";

    public static bool IsToegestaan(HttpContext context) => context?.GetEndpoint()?.Metadata.GetMetadata<OnbekendeTenantAttribute>() is not null;

    public static bool IsToegestaan(AuthenticationProperties? properties) => properties?.Items.ContainsKey(Item) == true;

    /// <summary>The properties of a browser sign-in that returns to <paramref name="terugUrl"/>, a page with this attribute.</summary>
    public static AuthenticationProperties Aanmelding(string terugUrl)
    {
        var properties = new AuthenticationProperties { RedirectUri = terugUrl };
        properties.Items[Item] = "1";
        return properties;
    }
}

public static class OnbekendeTenantExtensions
{
    /// <summary>Lets a person of an unregistered Entra tenant reach this endpoint (and only this one).</summary>
    public static TBuilder AllowUnregisteredTenant<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new OnbekendeTenantAttribute());
}
