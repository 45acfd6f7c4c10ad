using System.Text.Encodings.Web;
using System.Text.Json;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Vragen;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Vragen;
using Regio.Tests;

namespace Regio.Platform.Tests.Trajecten.Vragen;

/// <summary>Questions on the demo's published regional traject "jeugdhulp-2023", run by the regio coordinator.</summary>
public abstract class VragenTestBasis(AzuriteFixture azurite) : TrajectTestBasis(azurite)
{
    protected static readonly TrajectId Jeugdhulp = new("jeugdhulp-2023");

    private VraagStore Store => new(Storage.Clients);

    protected VragenBekijken Bekijken => new(Storage.TrajectPoort, Store);

    protected Vraagstelling Vraagstelling => new(Storage.TrajectPoort, Store, Storage.Time);

    protected VraagBeantwoorden Beantwoorden => new(Storage.TrajectPoort, Store, Storage.Time);

    protected NotaPublicatie Publicatie => new(Storage.TrajectPoort, Store, Storage.Time);

    protected async Task<Vragenoverzicht> OverzichtAsync(Actor actor) => Gelukt(await Bekijken.GetAsync(actor, Jeugdhulp, Ct));

    /// <summary>The question as the owner has it, with the version an answer needs.</summary>
    protected async Task<VraagVersie> VraagVoorEigenaarAsync(Actor eigenaar, int nummer) =>
        (await OverzichtAsync(eigenaar)).AlleVragen.Single(v => v.Vraag.Nummer == nummer);

    protected async Task<VraagVersie> BeantwoordAsync(Actor eigenaar, int nummer, string antwoord, Versie? versie = null) =>
        Gelukt(await Beantwoorden.AnswerAsync(eigenaar, Jeugdhulp, nummer, antwoord, versie ?? (await VraagVoorEigenaarAsync(eigenaar, nummer)).Versie, Ct));

    private static readonly JsonSerializerOptions Leesbaar = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The notas as text, unescaped, so a test can compare what two readers got and search it for names.</summary>
    protected static string AlsJson(IReadOnlyList<GepubliceerdeNota> notas) => JsonSerializer.Serialize(notas, Leesbaar);
}
