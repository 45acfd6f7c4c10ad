using System.Globalization;
using Microsoft.AspNetCore.Components;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Functions.Components;
using Regio.Functions.Components.Formulieren;
using Regio.Functions.Features.Home;
using Regio.Functions.Hosting.Auth;
using Regio.Platform.Storage;
using Regio.Platform;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;

namespace Regio.Functions.Features.Trajecten.Paginas;

public sealed partial class DossierPagina : PaginaBasis
{
    private static readonly IReadOnlyList<(string Waarde, string Tekst)> Soorten =
    [
        (nameof(Feitsoort.Aankondiging), "Aankondiging gepubliceerd (TenderNed)"),
        (nameof(Feitsoort.Hoofdkenmerken), "Hoofdkenmerken van de opdracht vastgelegd"),
        (nameof(Feitsoort.Uitnodiging), "Uitnodiging tot inschrijving verzonden"),
        (nameof(Feitsoort.Inschrijvingstermijn), "Inschrijvingstermijn: laatste dag"),
        (nameof(Feitsoort.Opening), "Inschrijvingen geopend"),
        (nameof(Feitsoort.Dialoog), "Start van de dialoog, met de deelnemers"),
        (nameof(Feitsoort.ProcesVerbaal), "Proces-verbaal van een fase opgemaakt"),
        (nameof(Feitsoort.Gunningsbeslissing), "Gunningsbeslissing verzonden"),
        (nameof(Feitsoort.Bezwaar), "Bezwaar, verzoek om motivering of kort geding"),
        (nameof(Feitsoort.Uitspraak), "Uitspraak op een bezwaar"),
        (nameof(Feitsoort.Overeenkomst), "Overeenkomst getekend"),
        (nameof(Feitsoort.GunningGepubliceerd), "Gunning gepubliceerd"),
        (nameof(Feitsoort.Intrekking), "Perceel ingetrokken"),
    ];

    private static readonly IReadOnlyList<(string Waarde, string Tekst)> BezwaarSoorten =
        Enum.GetValues<BezwaarSoort>().Select(s => (s.ToString(), SoortNaam(s))).ToList();

    [Parameter]
    public string Id { get; set; } = "";

    [Parameter]
    public int Nummer { get; set; }

    [SupplyParameterFromForm(Name = "Invoer")]
    private FeitFormulier? Invoer { get; set; }

    private TrajectVersie? _versie;
    private bool _magBeheren;
    private IReadOnlyList<Fout> _fouten = [];
    private string? _weigering;
    private string? _gelukt;

    private Perceel? Perceel => _versie?.Traject.Percelen.FirstOrDefault(p => p.Nummer == Nummer);

    protected override async Task OnInitializedAsync()
    {
        await LaadAsync();
        if (Perceel is null)
        {
            ZetStatus(StatusCodes.Status404NotFound);
        }
    }

    private async Task LaadAsync()
    {
        _versie = await Bekijken.GetAsync(Actor, new TrajectId(Id), Afgebroken) is Uitkomst<TrajectVersie>.Gelukt g ? g.Waarde : null;
        _magBeheren = _versie is { } v && AccessPolicy.Beslis(Actor, Actie.TrajectBeheren, v.Traject, v.Peildatum) is Besluit.Toegestaan;
    }

    private async Task LegVastAsync()
    {
        var invoer = Invoer!;
        var datum = DateOnly.TryParseExact(invoer.Datum, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        var bezwaar = int.TryParse(invoer.Bezwaar, NumberStyles.None, CultureInfo.InvariantCulture, out var b) ? b : (int?)null;
        var deelnemers = (invoer.Deelnemers ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var (feit, fouten) = new FeitInvoer(
            invoer.Soort, datum, NullAlsLeeg(invoer.Fase), invoer.Tekst, NullAlsLeeg(invoer.BezwaarSoort), bezwaar, deelnemers).Lees();
        if (feit is null)
        {
            _fouten = fouten.Select(f => new Fout(f.Key, $"feit-{f.Key}", f.Value)).ToList();
            return;
        }
        switch (await Vastleggen.SaveAsync(Actor, new TrajectId(Id), Nummer, feit, Versie.Parse(invoer.ETag), Afgebroken))
        {
            case Uitkomst<TrajectVersie>.Gelukt g:
                _versie = g.Waarde;
                _gelukt = $"Vastgelegd: {Feitnamen.Naam(feit)} op {Startpagina.Datum(feit.Datum)}.";
                Invoer = new FeitFormulier();
                break;
            case Uitkomst<TrajectVersie>.Ongeldig o:
                _fouten = o.Fouten.Select(f => new Fout(f.Key, $"feit-{f.Key}", f.Value)).ToList();
                break;
            case var geweigerd:
                _weigering = Melding(geweigerd);
                await LaadAsync();
                break;
        }
    }

    private static string Datum(DateOnly? datum) => datum is { } d ? Startpagina.Datum(d) : "Nog niet vastgelegd";

    internal static string SoortNaam(BezwaarSoort soort) => soort switch
    {
        BezwaarSoort.AanvullendeMotivering => "Verzoek om aanvullende motivering",
        BezwaarSoort.Bezwaar => "Bezwaar",
        BezwaarSoort.KortGeding => "Kort geding",
        _ => soort.ToString(),
    };

    private string? FoutBij(string veld) => _fouten.FirstOrDefault(f => f.Veld == veld)?.Melding;

    private static string? NullAlsLeeg(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst;

    private sealed class FeitFormulier
    {
        public string? ETag { get; set; }
        public string? Soort { get; set; }
        public string? Datum { get; set; }
        public string? Fase { get; set; }
        public string? Tekst { get; set; }
        public string? BezwaarSoort { get; set; }
        public string? Bezwaar { get; set; }
        public string? Deelnemers { get; set; }
    }
}
