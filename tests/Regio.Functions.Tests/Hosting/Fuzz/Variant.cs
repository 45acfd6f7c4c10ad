namespace Regio.Functions.Tests.Hosting.Fuzz;

/// <summary>One malformed (or, for comparison, well-formed) request to an operation; the content is made when it is sent.</summary>
internal sealed record Variant(Operatie Operatie, string Naam, string Url, Func<HttpContent?> Inhoud, string? IfMatch = null)
{
    public HttpRequestMessage Verzoek()
    {
        var request = new HttpRequestMessage(new HttpMethod(Operatie.Methode), Url) { Content = Inhoud() };
        if (IfMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", IfMatch);
        }
        return request;
    }

    public override string ToString() => $"{Operatie} [{Naam}] {(Url.Length > 160 ? Url[..160] + "…" : Url)}";
}
