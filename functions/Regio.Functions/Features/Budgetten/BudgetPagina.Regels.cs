using Microsoft.AspNetCore.Components;
using Regio.Domain.Budgetten;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Functions.Components.Formulieren;
using Regio.Platform;
using Regio.Platform.Budgetten;
using Regio.Platform.Storage;

namespace Regio.Functions.Features.Budgetten;

/// <summary>
/// The budget page's hand changes: one budget line per form (amount, new post, post removed) and the post that pays
/// a share. Each form names its errors after itself ("bedrag-jeugd.reden"), since every domain has the same forms.
/// </summary>
public sealed partial class BudgetPagina
{
    private const string GeenBedrag = "is geen bedrag in hele euro's. Schrijf bijvoorbeeld 250000, 250.000 of -500.000.";

    [SupplyParameterFromForm(Name = "Regel")]
    private RegelGegevens? Regel { get; set; }

    [SupplyParameterFromForm(Name = "Dekking")]
    private DekkingGegevens? Dekking { get; set; }

    private Task WijzigBedragAsync()
    {
        var formulier = $"bedrag-{Regel?.Domein}";
        if (!Bedrag.TryLees(Regel?.Bedrag, out var euro))
            return ToonFoutAsync(formulier, "bedrag", string.IsNullOrWhiteSpace(Regel?.Bedrag) ? "Vul het nieuwe bedrag in hele euro's in." : $"'{Regel?.Bedrag}' {GeenBedrag}");
        if (!int.TryParse(Regel?.Jaar, out var jaar))
            return ToonFoutAsync(formulier, "jaar", "Kies het jaar.");
        return WijzigAsync(formulier, new Budgetregel.BedragWijzigen(Regel?.Post ?? "", jaar, euro));
    }

    private Task VoegPostToeAsync()
    {
        var formulier = $"toevoegen-{Regel?.Domein}";
        var bedragen = new List<(int, long)>();
        foreach (var (jaar, tekst) in (Regel?.Jaren ?? []).Zip(Regel?.Bedragen ?? []))
        {
            if (!Bedrag.TryLees(tekst, out var euro))
                return ToonFoutAsync(formulier, "bedragen", string.IsNullOrWhiteSpace(tekst) ? $"Vul het bedrag voor {jaar} in; 0 als er niets is begroot." : $"'{tekst}' ({jaar}) {GeenBedrag}");
            bedragen.Add((jaar ?? 0, euro));
        }
        return WijzigAsync(formulier, new Budgetregel.PostToevoegen(Regel?.Post ?? "", bedragen));
    }

    private Task VerwijderPostAsync() => WijzigAsync($"verwijderen-{Regel?.Domein}", new Budgetregel.PostVerwijderen(Regel?.Post ?? ""));

    private async Task WijzigAsync(string formulier, Budgetregel regel)
    {
        var uitkomst = await Wijzigen.SaveAsync(Actor, new GemeenteId(GemeenteId), Regel?.Domein, regel, Versie.Parse(Regel?.ETag), Regel?.Reden, Afgebroken);
        switch (uitkomst)
        {
            case Uitkomst<BudgetVersie>.Gelukt g:
                _gelukt = $"Het budget {Budgetdomein.Naam(g.Waarde.Budget.Domein)} is gewijzigd: {regel switch
                {
                    Budgetregel.BedragWijzigen b => $"de post '{regel.Post}' heeft in {b.Jaar} nu € {Bedrag.AlsEuro(b.Euro)}",
                    Budgetregel.PostToevoegen => $"de post '{regel.Post.Trim()}' is toegevoegd",
                    _ => $"de post '{regel.Post}' is verwijderd",
                }}.";
                break;
            case Uitkomst<BudgetVersie>.Ongeldig o:
                _fouten = o.Fouten.Select(f => NieuweFout(formulier, f.Key, f.Value)).ToList();
                break;
            default:
                _weigering = Melding(uitkomst);
                break;
        }
        await LaadAsync();
    }

    private async Task KiesPostAsync()
    {
        var uitkomst = await Kiezen.ChooseAsync(Actor, new GemeenteId(GemeenteId), new TrajectId(Dekking?.Traject ?? ""), Dekking?.Perceel ?? 0,
            null, Dekking?.Post, string.IsNullOrWhiteSpace(Dekking?.ETag) ? null : Versie.Parse(Dekking.ETag), Afgebroken);
        var formulier = $"post-{Dekking?.Traject}-{Dekking?.Perceel}";
        switch (uitkomst)
        {
            case Uitkomst<BudgetOverzicht>.Gelukt:
                _gelukt = string.IsNullOrWhiteSpace(Dekking?.Post)
                    ? "Het aandeel staat niet meer ten laste van een post."
                    : $"Het aandeel wordt betaald uit de post '{Dekking.Post}'. Naast die post staat nu wat er na het aandeel over is.";
                break;
            case Uitkomst<BudgetOverzicht>.Ongeldig o:
                _fouten = o.Fouten.Select(f => NieuweFout(formulier, "post", f.Value)).ToList();
                break;
            default:
                _weigering = Melding(uitkomst);
                break;
        }
        await LaadAsync();
    }

    private Task ToonFoutAsync(string formulier, string veld, string melding)
    {
        _fouten = [NieuweFout(formulier, veld, melding)];
        return LaadAsync();
    }

    private Fout NieuweFout(string formulier, string veld, string melding)
    {
        var doel = veld == "bedragen" && _overzicht?.Budgetten.FirstOrDefault(b => $"toevoegen-{b.Budget.Domein.ToString().ToLowerInvariant()}" == formulier) is { } v
            ? $"{formulier}-bedragen-{v.Budget.Jaren[0]}"
            : $"{formulier}-{veld}";
        return new Fout($"{formulier}.{veld}", doel, melding);
    }

    private sealed class RegelGegevens
    {
        public string? Domein { get; set; }
        public string? ETag { get; set; }
        public string? Post { get; set; }
        public string? Jaar { get; set; }
        public string? Bedrag { get; set; }
        public string? Reden { get; set; }
        public List<int?> Jaren { get; set; } = [];
        public List<string?> Bedragen { get; set; } = [];
    }

    private sealed class DekkingGegevens
    {
        public string? Traject { get; set; }
        public int? Perceel { get; set; }
        public string? Post { get; set; }
        public string? ETag { get; set; }
    }
}
