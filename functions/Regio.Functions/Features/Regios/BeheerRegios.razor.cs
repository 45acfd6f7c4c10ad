using Microsoft.AspNetCore.Components;
using Regio.Domain.Organisaties;
using Regio.Domain.Regios;
using Regio.Functions.Components.Formulieren;
using Regio.Platform;
using Regio.Platform.Regios;

namespace Regio.Functions.Features.Regios;

/// <summary>
/// The form of /beheer/regios as the onboarding use case takes it: the ticked gemeenten, then every new row that is not
/// empty, in that order. The use case names its errors by that order (<c>gemeenten[2].nieuw.tenantId</c>), which is
/// mapped back to the field on the page.
/// </summary>
public partial class BeheerRegios
{
    private const string ExtraRij = "extra-rij";
    private const int StartRijen = 3;
    private const int MaxRijen = 20;

    [SupplyParameterFromForm(FormName = "regio-aanmelden")]
    private RegioFormulier? Aanmelding { get; set; }

    private IReadOnlyList<Organisatie>? _gemeenten;
    private IReadOnlyList<Regioversie> _regios = [];
    private IReadOnlyList<Fout> _fouten = [];
    private string? _weigering;
    private string? _gelukt;
    private int _rijen = StartRijen;

    private string GemeentenDoel => _gemeenten is { Count: > 0 } ? "bestaand-0-gekozen" : "nieuw-0-id";

    protected override async Task OnInitializedAsync()
    {
        Aanmelding ??= new();
        var gemeenten = await Onboarden.ListGemeentenAsync(Actor, Afgebroken);
        if (!gemeenten.TryGet(out var lijst))
        {
            _weigering = Melding(gemeenten);
            ZetStatus(StatusCodes.Status403Forbidden);
            return;
        }
        _gemeenten = lijst;
        _rijen = Math.Min(MaxRijen, Math.Max(StartRijen, Aanmelding.Nieuw.Count));
        _regios = await Bekijken.ListAsync(Afgebroken);
    }

    private async Task VerwerkAsync()
    {
        if (Aanmelding!.Actie == ExtraRij)
        {
            _rijen = Math.Min(MaxRijen, _rijen + 1);
            return;
        }
        var leden = Aanmelding.Bestaand.Select((b, i) => (b, i)).Where(x => x.b.Gekozen)
            .Select(x => (Lid: new Regiolid(x.b.Id, x.b.Subregio), Doel: $"bestaand-{x.i}", Nieuw: false))
            .Concat(Aanmelding.Nieuw.Select((n, j) => (n, j)).Where(x => !x.n.IsLeeg)
                .Select(x => (Lid: new Regiolid(x.n.Id?.Trim(), x.n.Subregio, new NieuweGemeente(x.n.Naam, x.n.TenantId)), Doel: $"nieuw-{x.j}", Nieuw: true)))
            .ToList();
        var aanmelding = new Regioaanmelding(Aanmelding.Naam, string.IsNullOrWhiteSpace(Aanmelding.Id) ? null : Aanmelding.Id.Trim(),
            Aanmelding.LeadGemeente?.Trim(), leden.Select(l => l.Lid).ToList());
        var uitkomst = await Onboarden.OnboardAsync(Actor, aanmelding, Afgebroken);
        if (uitkomst.TryGet(out var regio))
        {
            _gelukt = $"De regio {regio.Regio.Naam} is aangemeld met id {regio.Regio.Id} en {regio.Regio.Gemeenten.Count} gemeenten.";
            Aanmelding = new();
            _rijen = StartRijen;
            _gemeenten = (await Onboarden.ListGemeentenAsync(Actor, Afgebroken)).TryGet(out var lijst) ? lijst : _gemeenten;
            _regios = await Bekijken.ListAsync(Afgebroken);
        }
        else if (uitkomst is Uitkomst<Regioversie>.Ongeldig ongeldig)
        {
            var doelen = leden.Select(l => (l.Doel, l.Nieuw)).ToList();
            _fouten = ongeldig.Fouten.Select(f => new Fout(f.Key, Doel(f.Key, doelen), f.Value)).OrderBy(f => Volgorde(f.Doel)).ToList();
        }
        else
        {
            _weigering = Melding(uitkomst);
        }
    }

    /// <summary>The id of the field an error of the use case is about.</summary>
    private string Doel(string veld, List<(string Doel, bool Nieuw)> leden)
    {
        var punt = veld.IndexOf(']', StringComparison.Ordinal);
        if (!veld.StartsWith("gemeenten[", StringComparison.Ordinal) || punt < 0
            || !int.TryParse(veld["gemeenten[".Length..punt], out var k) || k >= leden.Count)
        {
            return veld switch
            {
                "naam" or "id" or "leadGemeente" => $"regio-{veld}",
                _ => GemeentenDoel,
            };
        }
        var (prefix, nieuw) = leden[k];
        return veld[(punt + 1)..] switch
        {
            ".subregio" => $"{prefix}-subregio",
            ".nieuw.naam" => $"{prefix}-naam",
            ".nieuw.tenantId" => $"{prefix}-tenantId",
            _ => nieuw ? $"{prefix}-id" : $"{prefix}-gekozen",
        };
    }

    /// <summary>Errors in the order of the fields on the page.</summary>
    private static (int, string) Volgorde(string doel) => doel switch
    {
        "regio-naam" => (0, ""),
        "regio-id" => (1, ""),
        "regio-leadGemeente" => (4, ""),
        _ when doel.StartsWith("bestaand-", StringComparison.Ordinal) => (2, doel),
        _ => (3, doel),
    };

    private string? FoutBij(string doel) => _fouten.FirstOrDefault(f => f.Doel == doel)?.Melding;

    private sealed class RegioFormulier
    {
        public string? Naam { get; set; }
        public string? Id { get; set; }
        public string? LeadGemeente { get; set; }
        public string? Actie { get; set; }
        public List<BestaandeKeuze> Bestaand { get; set; } = [];
        public List<NieuweRij> Nieuw { get; set; } = [];
    }

    private sealed class BestaandeKeuze
    {
        public string? Id { get; set; }
        public bool Gekozen { get; set; }
        public string? Subregio { get; set; }
    }

    private sealed class NieuweRij
    {
        public string? Id { get; set; }
        public string? Naam { get; set; }
        public string? TenantId { get; set; }
        public string? Subregio { get; set; }

        public bool IsLeeg => new[] { Id, Naam, TenantId, Subregio }.All(string.IsNullOrWhiteSpace);
    }
}
