using System.Text.Encodings.Web;
using System.Text.Json;
using Azure;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Vragen;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Vragen;
using Regio.Tests;

namespace Regio.Platform.Tests.Trajecten.Vragen;

/// <summary>Questions on the demo's published regional traject "jeugdhulp-2023", run by the regio coordinator.</summary>
public abstract class VragenTestBasis(AzuriteFixture azurite) : TrajectTestBasis(azurite)
{
    protected static readonly TrajectId Jeugdhulp = new("jeugdhulp-2023");

    protected VragenBeheer Vragen => new(Storage.TrajectPoort, new VraagStore(Storage.Clients), Storage.Time);

    protected async Task<Vragenoverzicht> OverzichtAsync(Actor actor) => Gelukt(await Vragen.OverzichtAsync(actor, Jeugdhulp, Ct));

    /// <summary>The question as the owner has it, with the ETag an answer needs.</summary>
    protected async Task<VraagVersie> VraagVoorEigenaarAsync(Actor eigenaar, int nummer) =>
        (await OverzichtAsync(eigenaar)).AlleVragen.Single(v => v.Vraag.Nummer == nummer);

    protected async Task<VraagVersie> BeantwoordAsync(Actor eigenaar, int nummer, string antwoord, ETag? etag = null) =>
        Gelukt(await Vragen.BeantwoordAsync(eigenaar, Jeugdhulp, nummer, antwoord, etag ?? (await VraagVoorEigenaarAsync(eigenaar, nummer)).ETag, Ct));

    private static readonly JsonSerializerOptions Leesbaar = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The notas as text, unescaped, so a test can compare what two readers got and search it for names.</summary>
    protected static string AlsJson(IReadOnlyList<GepubliceerdeNota> notas) => JsonSerializer.Serialize(notas, Leesbaar);
}
