using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;

namespace Regio.Platform.Trajecten;

/// <summary>
/// The new data of a traject, as the caller sent it: it replaces naam, deelnemers, procedure, domein and contract
/// terms, so each is required. A field the traject never had (a demo traject whose documents do not name its
/// procedure) may stay empty; a recorded one cannot be emptied. Deelnemers are chosen for a regional traject only:
/// a local one buys for its own gemeente.
/// </summary>
public sealed record TrajectWijziging(
    string? Naam,
    IReadOnlyList<string>? Deelnemers,
    Procedure? Procedure,
    Domein? Domein,
    Contractvoorwaarden? Contract)
{
    /// <summary>The refusal's code when a published traject's procedure, deelnemers or contract terms would change.</summary>
    public const string Gepubliceerd = "TrajectGepubliceerd";

    public const string GepubliceerdMelding =
        "Dit traject is gepubliceerd; procedure, deelnemers en contractvoorwaarden liggen vast. Trek het traject in en start een nieuw traject als ze moeten veranderen.";

    public const string NietsGewijzigd = "NietsGewijzigd";

    /// <summary>What may not change once the traject is published: aanbieders have read and relied on them.</summary>
    public static readonly IReadOnlyList<string> VastNaPublicatie = ["procedure", "deelnemers", "contract"];

    private static readonly string[] EigenVelden = ["naam", "deelnemers", "procedure", "domein"];

    public IReadOnlyDictionary<string, string> Controleer(Traject huidig, Domain.Regios.Regio regio)
    {
        ArgumentNullException.ThrowIfNull(huidig);
        // A new traject's rules for these fields are the same; NieuwTraject states them once, with their Dutch messages.
        var fouten = new NieuwTraject(huidig.Id.Value, Naam, huidig.Eigenaar.Sleutel, Deelnemers, Procedure, Domein, Contract, null)
            .Controleer(regio)
            .Where(f => EigenVelden.Contains(f.Key) || f.Key.StartsWith("contract.", StringComparison.Ordinal))
            .ToDictionary();
        if (huidig.IsRegionaal && Deelnemers is not { Count: > 0 })
        {
            fouten.TryAdd("deelnemers", "Kies ten minste één gemeente die deelneemt aan dit regionale traject.");
        }
        if (Procedure is null && huidig.Procedure is not null)
        {
            fouten["procedure"] = "Kies de procedure van het traject.";
        }
        if (Domein is null && huidig.Domein is not null)
        {
            fouten["domein"] = "Kies het domein van het traject.";
        }
        if (Contract is null && huidig.Contract is not null)
        {
            fouten["contract"] = "Geef de contractvoorwaarden: looptijd, evaluatiemomenten en bekostiging.";
        }
        return fouten;
    }

    /// <summary>Only after <see cref="Controleer"/> found nothing. What equals the stored value keeps the stored form (order of lists included).</summary>
    public Traject Toegepast(Traject huidig)
    {
        ArgumentNullException.ThrowIfNull(huidig);
        var deelnemers = huidig.IsRegionaal ? Deelnemers!.Distinct().Select(d => new GemeenteId(d)).ToList() : huidig.Deelnemers;
        var procedure = Procedure ?? huidig.Procedure;
        return huidig with
        {
            Naam = Naam!.Trim(),
            Deelnemers = deelnemers.ToHashSet().SetEquals(huidig.Deelnemers) ? huidig.Deelnemers : deelnemers,
            Procedure = procedure,
            // The source documents' wording describes the procedure they named, not one chosen later.
            ProcedureToelichting = procedure == huidig.Procedure ? huidig.ProcedureToelichting : null,
            Domein = Domein ?? huidig.Domein,
            Contract = Contract is { } c && !Gelijk(c, huidig.Contract) ? c : huidig.Contract,
        };
    }

    /// <summary>The fields that differ, each with its value before and after, for the audit event.</summary>
    public static (Dictionary<string, object?> Voor, Dictionary<string, object?> Na) Verschil(Traject voor, Traject na)
    {
        ArgumentNullException.ThrowIfNull(voor);
        ArgumentNullException.ThrowIfNull(na);
        var oud = new Dictionary<string, object?>();
        var nieuw = new Dictionary<string, object?>();
        void Vergelijk(string veld, object? a, object? b, bool gelijk)
        {
            if (!gelijk)
            {
                oud[veld] = a;
                nieuw[veld] = b;
            }
        }
        Vergelijk("naam", voor.Naam, na.Naam, voor.Naam == na.Naam);
        Vergelijk("deelnemers", voor.Deelnemers.Select(d => d.Value).ToList(), na.Deelnemers.Select(d => d.Value).ToList(),
            voor.Deelnemers.SequenceEqual(na.Deelnemers));
        Vergelijk("procedure", voor.Procedure, na.Procedure, voor.Procedure == na.Procedure);
        Vergelijk("domein", voor.Domein, na.Domein, voor.Domein == na.Domein);
        Vergelijk("contract", voor.Contract, na.Contract, Gelijk(na.Contract, voor.Contract));
        return (oud, nieuw);
    }

    /// <summary>Record equality compares the list of evaluation years by reference; these compare its contents, in any order.</summary>
    private static bool Gelijk(Contractvoorwaarden? a, Contractvoorwaarden? b) =>
        a is null || b is null
            ? a is null && b is null
            : a.LooptijdJaren == b.LooptijdJaren && a.Bekostiging == b.Bekostiging && a.ReeleTarieven == b.ReeleTarieven && (a.Evaluatiemomenten ?? []).Order().SequenceEqual((b.Evaluatiemomenten ?? []).Order());
}
