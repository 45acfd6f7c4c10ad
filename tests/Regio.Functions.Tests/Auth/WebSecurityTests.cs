using System.Net;
using System.Text.RegularExpressions;
using Regio.Tests;

namespace Regio.Functions.Tests.Auth;

/// <summary>Cookies, CSRF protection and security headers, checked on the wire.</summary>
public partial class WebSecurityTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/aanmelden")]
    [InlineData("/api/regio")]
    [InlineData("/bestaat-niet")]
    public async Task Every_response_carries_a_CSP_without_inline_scripts_and_refuses_framing(string path)
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();

        var response = await app.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Sign_in_cookie_is_secure_http_only_and_same_site()
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var token = await AntiforgeryTokenAsync(client, "/dev/aanmelden");

        var response = await client.PostAsync("/dev/aanmelden", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["gebruiker"] = "haarlem-inkoper",
            ["__RequestVerificationToken"] = token,
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("regio=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("secure", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=lax", cookie, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dev/aanmelden")]
    [InlineData("/afmelden")]
    public async Task A_form_post_without_the_antiforgery_token_is_refused(string path)
    {
        await using var app = await new RegioAppFactory(azurite).LoadDemoDataAsync();
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["gebruiker"] = "haarlem-inkoper" }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        if (path == "/dev/aanmelden")
        {
            Assert.Contains("Het formulier is verlopen", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("regio=", StringComparison.Ordinal)),
            "Zonder antiforgery-token mag niemand worden aangemeld.");
    }

    [Theory]
    [InlineData("Production", true)]
    [InlineData("Development", false)]
    public async Task Outside_Development_every_answer_tells_the_browser_to_use_https_only(string environment, bool hsts)
    {
        await using var app = await new RegioAppFactory(azurite, environment: environment).LoadDemoDataAsync();

        var response = await app.CreateClient().GetAsync("/", TestContext.Current.CancellationToken);

        var header = response.Headers.TryGetValues("Strict-Transport-Security", out var values) ? values.Single() : null;
        Assert.True(hsts ? header?.StartsWith("max-age=31536000", StringComparison.Ordinal) == true : header is null,
            $"{environment}: Strict-Transport-Security is '{header ?? "(afwezig)"}', verwacht {(hsts ? "max-age=31536000" : "geen")}.");
    }

    private static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page, TestContext.Current.CancellationToken);
        return VerificationToken().Match(html).Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex VerificationToken();
}
