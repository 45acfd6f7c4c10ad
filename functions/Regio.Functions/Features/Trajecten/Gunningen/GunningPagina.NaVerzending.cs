using System.Globalization;
using Microsoft.AspNetCore.Components;
using Regio.Platform.Trajecten.Gunningen;

namespace Regio.Functions.Features.Trajecten.Gunningen;

/// <summary>The forms after sending: a request or kort geding by an inschrijver, the inkoper's record of it, the definitive award.</summary>
public partial class GunningPagina
{
    [Inject]
    private Bezwaarindiening Indiening { get; set; } = default!;

    [Inject]
    private Bezwaarafhandeling Afhandeling { get; set; } = default!;

    [Inject]
    private DefinitieveGunning Gunning { get; set; } = default!;

    private Task DienInAsync()
    {
        _verzoek = Verzoek ?? new();
        var naam = _verzoek.Soort == "KortGeding" ? "kort-geding" : "aanvullende-motivering";
        if (BezwaarRequest.LeesSoort(_verzoek.Soort) is not { } soort)
            return FoutAsync(naam, "soort", $"{naam}-toelichting", "Kies: aanvullende motivering vragen of kort geding aankondigen.");
        return AfhandelenAsync(naam, Indiening.AddAsync(Actor, Id, Nummer, soort, _verzoek.Toelichting, Afgebroken),
            soort == Domain.Trajecten.Fasemachine.BezwaarSoort.KortGeding
                ? "Uw aankondiging van een kort geding is vastgelegd. Er wordt niet definitief gegund zolang het loopt."
                : "Uw verzoek om een aanvullende motivering is vastgelegd. Het antwoord verschijnt hier.");
    }

    private Task WerkBezwaarBijAsync()
    {
        _bezwaarWerk = Bezwaar ?? new();
        var naam = $"bezwaar-{_bezwaarWerk.Nummer}";
        var (wijziging, fouten) = _bezwaarWerk.Lees();
        if (wijziging is null)
            return FoutAsync(naam, fouten.First().Key, $"{naam}-{fouten.First().Key}", fouten.First().Value);
        return AfhandelenAsync(naam, Afhandeling.UpdateAsync(Actor, Id, Nummer, _bezwaarWerk.Nummer, wijziging, Afgebroken), $"Bezwaar {_bezwaarWerk.Nummer} is bijgewerkt.");
    }

    private Task GunDefinitiefAsync()
    {
        _definitief = Definitief ?? new();
        DateOnly? start = null;
        long? bedrag = null;
        if (!string.IsNullOrWhiteSpace(_definitief.Startdatum))
        {
            if (!DateOnly.TryParseExact(_definitief.Startdatum, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return FoutAsync("definitief", "startdatum", "definitief-startdatum", "Vul de startdatum in als dag-maand-jaar.");
            start = d;
        }
        if (!string.IsNullOrWhiteSpace(_definitief.BedragPerJaar))
        {
            if (!long.TryParse(_definitief.BedragPerJaar.Replace(".", "", StringComparison.Ordinal).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var b))
                return FoutAsync("definitief", "bedragPerJaar", "definitief-bedragPerJaar", "Vul het bedrag in als hele euro's, zonder komma, bijvoorbeeld 1250000.");
            bedrag = b;
        }
        return AfhandelenAsync("definitief", Gunning.AwardAsync(Actor, Id, Nummer, start, bedrag, Afgebroken), "Het perceel is definitief gegund en de contracten zijn aangemaakt.");
    }
}
