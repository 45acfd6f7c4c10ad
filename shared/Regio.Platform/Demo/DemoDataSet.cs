using System.Text.Json;
using System.Text.Json.Serialization;

namespace Regio.Platform.Demo;

/// <summary>The shape of ../shared/data/zuid-kennemerland-ijmond.json: facts from the municipal documents.</summary>
public sealed record DemoDataSet(DemoRegio Regio, IReadOnlyList<DemoTraject> Trajecten, IReadOnlyDictionary<string, DemoGemeenteBudget> Budgetten)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    public static async Task<DemoDataSet> ReadAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<DemoDataSet>(stream, Options, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidDataException($"{path} bevat geen gegevens.");
    }
}

public sealed record DemoRegio(string Id, string Naam, IReadOnlyList<DemoGemeente> Gemeenten);

public sealed record DemoGemeente(string Id, string Naam, string Subregio);

public sealed record DemoTraject(
    string Id,
    string Naam,
    string Eigenaar,
    IReadOnlyList<string>? Deelnemers,
    string? Procedure,
    IReadOnlyList<DemoPerceel>? Percelen,
    IReadOnlyList<DemoMijlpaal>? Planning,
    DemoVoorlopigeGunning? VoorlopigeGunning,
    DemoContractStart? ContractStart,
    string? Contractduur = null,
    string? Bekostiging = null,
    DemoContract? Contract = null,
    IReadOnlyList<DemoBezwaar>? Bezwaar = null,
    int? TweedeDialoogSamenwerkingsverbanden = null,
    IReadOnlyList<string>? Onderdelen = null,
    IReadOnlyList<string>? Source = null,
    string? Gunning = null);

public sealed record DemoPerceel(
    int Nummer, string Naam, DateOnly? DialoogKickoff, DateOnly? DialoogStart, IReadOnlyList<string>? StrategischPartners = null);

public sealed record DemoContract(DateOnly? Start, DateOnly? Einde, string? Evaluaties);

public sealed record DemoBezwaar(string Wat, DateOnly? Zitting, DateOnly? Uitspraak, string? Resultaat);

public sealed record DemoMijlpaal(DateOnly Datum, string Mijlpaal);

public sealed record DemoVoorlopigeGunning(DateOnly Datum, int AantalAanbieders);

public sealed record DemoContractStart(DateOnly? Gepland, DateOnly? Werkelijk, string? Reden);

public sealed record DemoGemeenteBudget(string Eenheid, DemoBudget? Wmo, DemoBudget? Jeugd);

public sealed record DemoBudget(IReadOnlyList<int> Jaren, JsonElement Posten, IReadOnlyList<long> Totaal, string Source);
