using Regio.Domain.Budgetten;
using Regio.Domain.Trajecten;
using Regio.Functions.Hosting;
using Regio.Platform.Trajecten;

namespace Regio.Functions.Features.Trajecten;

public sealed record TrajectDetailView(
    string Id, string Naam, string Eigenaar, IReadOnlyList<string> Deelnemers, string? Procedure, string? Domein,
    ContractView? Contract, string Fase, bool Gepubliceerd, IReadOnlyList<PerceelDetailView> Percelen,
    IReadOnlyList<MijlpaalView> Planning, string ETag)
{
    public static TrajectDetailView From(TrajectVersie v) => new(
        v.Traject.Id.Value,
        v.Traject.Naam,
        v.Traject.Eigenaar.Sleutel,
        v.Traject.Deelnemers.Select(d => d.Value).ToList(),
        v.Traject.Procedure?.ToString(),
        v.Traject.Domein?.ToString(),
        v.Traject.Contract is { } c ? new ContractView(c.LooptijdJaren, c.Evaluatiemomenten, c.Bekostiging.ToString(), c.ReeleTarieven) : null,
        v.Traject.FaseOp(v.Peildatum).ToString(),
        v.Traject.IsGepubliceerd(v.Peildatum),
        v.Traject.Percelen.Select(p => new PerceelDetailView(
            p.Nummer, p.Naam, p.FaseOp(v.Peildatum).ToString(), p.StandOp(v.Peildatum)?.Datum,
            p.Overgangen.Select(o => new OvergangView(o.Fase.ToString(), o.Datum, o.Bron)).ToList(),
            DossierView.From(p.Dossier, v.Peildatum))).ToList(),
        v.Traject.Mijlpalen.Select(m => MijlpaalView.From(m, v.Peildatum)).ToList(),
        v.Versie.ToString());
}

/// <summary>The contract terms; <see cref="ReeleTarieven"/>: the gemeente sets the rates, so price is no award criterion.</summary>
public sealed record ContractView(int LooptijdJaren, IReadOnlyList<int> Evaluatiemomenten, string Bekostiging, bool ReeleTarieven);

public sealed record PerceelDetailView(
    int Nummer, string Naam, string Fase, DateOnly? FaseSinds, IReadOnlyList<OvergangView> Overgangen, DossierView Dossier);

public sealed record OvergangView(string Fase, DateOnly Datum, string Bron);

public sealed record PerceelRequest(string? Naam);

public sealed record FaseRequest(string? Naar);

/// <summary>The contract terms as sent; <see cref="ReeleTarieven"/> left out means false.</summary>
public sealed record ContractRequest(int? LooptijdJaren, IReadOnlyList<int>? Evaluatiemomenten, string? Bekostiging, bool? ReeleTarieven = null);

public sealed record NieuwTrajectRequest(
    string? Id, string? Naam, [property: IdVeld] string? Eigenaar, [property: IdVeld] IReadOnlyList<string>? Deelnemers, string? Procedure, string? Domein,
    ContractRequest? Contract, IReadOnlyList<string>? Percelen)
{
    /// <summary>What cannot even be read as a procedure, domain or kind of bekostiging; the rest is checked by the use case.</summary>
    public Dictionary<string, string> Fouten()
    {
        var fouten = new Dictionary<string, string>();
        if (Procedure is not null && Parse<Procedure>(Procedure) is null)
        {
            fouten["procedure"] = $"Kies een procedure: {string.Join(", ", Enum.GetNames<Procedure>())}.";
        }
        if (Domein is not null && Parse<Domein>(Domein) is null)
        {
            fouten["domein"] = $"Kies een domein: {string.Join(", ", Enum.GetNames<Domein>())}.";
        }
        if (Contract is { } c && (c.LooptijdJaren is null || Parse<Bekostiging>(c.Bekostiging) is null))
        {
            fouten["contract"] = $"Geef de looptijd in jaren en de bekostiging: {string.Join(", ", Enum.GetNames<Bekostiging>())}.";
        }
        return fouten;
    }

    public NieuwTraject AlsNieuwTraject() => new(
        Id, Naam, Eigenaar, Deelnemers, Parse<Procedure>(Procedure), Parse<Domein>(Domein),
        Contract is { LooptijdJaren: { } jaren } c && Parse<Bekostiging>(c.Bekostiging) is { } bekostiging
            ? new Contractvoorwaarden(jaren, c.Evaluatiemomenten ?? [], bekostiging, c.ReeleTarieven == true)
            : null,
        Percelen);

    private static T? Parse<T>(string? tekst) where T : struct, Enum =>
        Enum.TryParse<T>(tekst, ignoreCase: true, out var waarde) && Enum.IsDefined(waarde) && !int.TryParse(tekst, out _) ? waarde : null;
}
