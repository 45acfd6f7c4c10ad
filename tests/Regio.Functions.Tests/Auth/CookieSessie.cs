using System.Net;
using System.Text.RegularExpressions;

namespace Regio.Functions.Tests.Auth;

/// <summary>
/// A browser's session as an HttpClient holds it: signed in through the development sign-in page over https (the
/// cookie is Secure), with its cookies, and the antiforgery token a page gave the signed-in person.
/// </summary>
internal sealed partial class CookieSessie(HttpClient client, string token)
{
    /// <summary>Where the browser was: the app's own origin.</summary>
    public static readonly Uri Adres = new("https://localhost");

    public HttpClient Client { get; } = client;

    public string Token { get; } = token;

    public static async Task<CookieSessie> StartAsync(RegioAppFactory app, string gebruiker, CancellationToken ct)
    {
        var client = app.CreateClient(new() { BaseAddress = Adres, AllowAutoRedirect = false });
        var aanmelden = await client.PostAsync("/dev/aanmelden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["gebruiker"] = gebruiker,
            ["__RequestVerificationToken"] = await TokenAsync(client, "/dev/aanmelden", ct),
        }), ct);
        Assert.True(aanmelden.StatusCode == HttpStatusCode.Redirect, $"Aanmelden als {gebruiker} mislukte: {(int)aanmelden.StatusCode}");
        // A token belongs to the person it was given to, so take a new one now that the cookie says who that is.
        return new CookieSessie(client, await TokenAsync(client, "/", ct));
    }

    /// <summary>A write as a browser sends it: the cookie always, and <paramref name="origin"/>, token and body as given.</summary>
    public Task<HttpResponseMessage> PostAsync(string pad, string? origin, string? token, HttpContent? body, CancellationToken ct, string? referer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, pad) { Content = body };
        if (origin is not null)
            request.Headers.TryAddWithoutValidation("Origin", origin);
        if (referer is not null)
            request.Headers.TryAddWithoutValidation("Referer", referer);
        if (token is not null)
            request.Headers.TryAddWithoutValidation("RequestVerificationToken", token);
        return Client.SendAsync(request, ct);
    }

    private static async Task<string> TokenAsync(HttpClient client, string pagina, CancellationToken ct)
    {
        var html = await client.GetStringAsync(pagina, ct);
        var token = VerificationToken().Match(html).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(token), $"De pagina {pagina} heeft geen antiforgery-token.");
        return token;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex VerificationToken();
}
