using System.Globalization;
using Microsoft.AspNetCore.Components;
using Regio.Functions.Components.Formulieren;
using Regio.Platform;
using Regio.Platform.Contracten;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Functions.Features.Contracten;

/// <summary>What the forms of the contract page post: a new start with its reason, or the amount per year.</summary>
public sealed class StartFormulier
{
    public string? ETag { get; set; }
    public string? Startdatum { get; set; }
    public string? Reden { get; set; }
}

public sealed class BedragFormulier
{
    public string? ETag { get; set; }
    public string? BedragPerJaar { get; set; }
}

/// <summary>Reads the contract through its use case and hands each form to the use case that decides (a form without a version is stale).</summary>
public partial class ContractPagina
{
    [Inject]
    private ContractBekijken Bekijken { get; set; } = default!;

    [Inject]
    private ContractstartVerplaatsen Verplaatsen { get; set; } = default!;

    [Inject]
    private ContractbedragVastleggen Vastleggen { get; set; } = default!;

    [Parameter]
    public string Id { get; set; } = "";

    [SupplyParameterFromForm(Name = "Start")]
    private StartFormulier? Start { get; set; }

    [SupplyParameterFromForm(Name = "Bedrag")]
    private BedragFormulier? Bedrag { get; set; }

    private Contractversie? _versie;
    private bool _magBeheren;
    private string? _formulier;
    private IReadOnlyList<Fout> _fouten = [];
    private string? _weigering;
    private string? _gelukt;

    protected override async Task OnInitializedAsync()
    {
        await LaadAsync();
        if (_versie is null)
            ZetStatus(StatusCodes.Status404NotFound);
    }

    private async Task LaadAsync()
    {
        _versie = await Bekijken.GetAsync(Actor, Id, Afgebroken) is Uitkomst<Contractversie>.Gelukt g ? g.Waarde : null;
        _magBeheren = _versie is { } v && AccessPolicy.BeslisContract(Actor, Actie.ContractBeheren, v.Eigenaar, v.Deelnemers, v.Contract) is Besluit.Toegestaan;
    }

    private Task MoveStartAsync()
    {
        var f = Start ?? new();
        if (!DateOnly.TryParseExact(f.Startdatum, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
            return FoutAsync("startdatum", "startdatum", "Vul de nieuwe startdatum in als dag-maand-jaar.");
        return AfhandelenAsync("startdatum", Verplaatsen.MoveAsync(Actor, Id, datum, f.Reden, Versie.Parse(f.ETag), Afgebroken), "De startdatum is verplaatst; de oude datum en de reden zijn bewaard.");
    }

    private Task SaveBedragAsync()
    {
        var f = Bedrag ?? new();
        if (!long.TryParse(f.BedragPerJaar?.Replace(".", "", StringComparison.Ordinal).Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var bedrag))
            return FoutAsync("bedrag", "bedragPerJaar", "Vul het bedrag in als hele euro's, bijvoorbeeld 1250000.");
        return AfhandelenAsync("bedrag", Vastleggen.SaveAsync(Actor, Id, bedrag, Versie.Parse(f.ETag), Afgebroken), "Het bedrag per jaar is vastgelegd.");
    }

    private async Task AfhandelenAsync(string formulier, Task<Uitkomst<Contractversie>> actie, string gelukt)
    {
        _formulier = formulier;
        switch (await actie)
        {
            case Uitkomst<Contractversie>.Gelukt:
                (_gelukt, _formulier) = (gelukt, null);
                break;
            case Uitkomst<Contractversie>.Ongeldig o:
                _fouten = o.Fouten.Select(x => new Fout(x.Key, Doel(formulier, x.Key), x.Value)).ToList();
                break;
            case var nee:
                _weigering = Melding(nee);
                break;
        }
        await LaadAsync();
    }

    private Task FoutAsync(string formulier, string veld, string melding)
    {
        _formulier = formulier;
        _fouten = [new Fout(veld, Doel(formulier, veld), melding)];
        return LaadAsync();
    }

    private static string Doel(string formulier, string veld) => formulier == "startdatum" ? $"start-{veld}" : $"bedrag-{veld}";

    private string? Fout(string veld) => _fouten.FirstOrDefault(f => f.Veld == veld)?.Melding;
}
