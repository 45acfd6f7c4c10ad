using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;

namespace Regio.Platform.Trajecten;

/// <summary>The kinds of fact a person can record, as the API and the form name them.</summary>
public enum Feitsoort
{
    Aankondiging,
    Hoofdkenmerken,
    Uitnodiging,
    Inschrijvingstermijn,
    Opening,
    Dialoog,
    ProcesVerbaal,
    Gunningsbeslissing,
    Bezwaar,
    Uitspraak,
    Overeenkomst,
    GunningGepubliceerd,
    Intrekking,
}

/// <summary>
/// A fact as a person typed it: every field may be missing or wrong. <see cref="Lees"/> says per field what to fix,
/// or gives the <see cref="Feit"/>. <see cref="Tekst"/> is the motivering, omschrijving or uitkomst, by kind.
/// </summary>
public sealed record FeitInvoer(
    string? Soort, DateOnly? Datum, string? Fase = null, string? Tekst = null, string? BezwaarSoort = null, int? Bezwaar = null,
    IReadOnlyList<string>? Deelnemers = null)
{
    public (Feit? Feit, IReadOnlyDictionary<string, string> Fouten) Lees()
    {
        var fouten = new Dictionary<string, string>();
        if (!Enum.TryParse<Feitsoort>(Soort, ignoreCase: true, out var soort) || !Enum.IsDefined(soort) || int.TryParse(Soort, out _))
        {
            fouten["soort"] = $"Kies wat u vastlegt: {string.Join(", ", Enum.GetNames<Feitsoort>())}.";
            return (null, fouten);
        }
        if (Datum is null)
        {
            fouten["datum"] = "Geef de datum (jjjj-mm-dd) waarop het gebeurde.";
        }
        Fase? fase = soort == Feitsoort.ProcesVerbaal ? LeesFase(fouten) : null;
        Domain.Trajecten.Fasemachine.BezwaarSoort? bezwaarSoort = soort == Feitsoort.Bezwaar ? LeesBezwaarSoort(fouten) : null;
        if (soort == Feitsoort.Uitspraak && Bezwaar is null)
        {
            fouten["bezwaar"] = "Geef het nummer van het bezwaar waarop de uitspraak volgt (1 voor het eerste).";
        }
        if (soort == Feitsoort.Dialoog && !(Deelnemers ?? []).Any(d => !string.IsNullOrWhiteSpace(d)))
        {
            fouten["deelnemers"] = "Noem de aanbieders of combinaties die aan de dialoog deelnemen, één per regel.";
        }
        if (fouten.Count > 0 || Datum is not { } datum)
        {
            return (null, fouten);
        }
        var tekst = Tekst ?? "";
        Feit feit = soort switch
        {
            Feitsoort.Aankondiging => new Feit.AankondigingGepubliceerd(datum),
            Feitsoort.Hoofdkenmerken => new Feit.HoofdkenmerkenVastgelegd(datum),
            Feitsoort.Uitnodiging => new Feit.UitnodigingVerzonden(datum),
            Feitsoort.Inschrijvingstermijn => new Feit.Inschrijvingstermijn(datum),
            Feitsoort.Opening => new Feit.OpeningGeregistreerd(datum),
            Feitsoort.Dialoog => new Feit.DialoogGestart(datum, [.. Deelnemers!.Where(d => !string.IsNullOrWhiteSpace(d))]),
            Feitsoort.ProcesVerbaal => new Feit.ProcesVerbaalOpgemaakt(datum, fase!.Value),
            Feitsoort.Gunningsbeslissing => new Feit.GunningsbeslissingVerzonden(datum, tekst),
            Feitsoort.Bezwaar => new Feit.BezwaarIngediend(datum, bezwaarSoort!.Value, tekst),
            Feitsoort.Uitspraak => new Feit.UitspraakBezwaar(datum, Bezwaar!.Value, tekst),
            Feitsoort.Overeenkomst => new Feit.OvereenkomstGetekend(datum),
            Feitsoort.GunningGepubliceerd => new Feit.GunningGepubliceerd(datum),
            Feitsoort.Intrekking => new Feit.Ingetrokken(datum, tekst),
            _ => throw new InvalidOperationException($"Feitsoort {soort} wordt niet gelezen."),
        };
        return (feit, fouten);
    }

    private Fase? LeesFase(Dictionary<string, string> fouten)
    {
        if (Enum.TryParse<Fase>(Fase, ignoreCase: true, out var fase) && Enum.IsDefined(fase) && !int.TryParse(Fase, out _))
        {
            return fase;
        }
        fouten["fase"] = $"Kies de fase van het proces-verbaal: {string.Join(", ", Enum.GetNames<Fase>())}.";
        return null;
    }

    private Domain.Trajecten.Fasemachine.BezwaarSoort? LeesBezwaarSoort(Dictionary<string, string> fouten)
    {
        if (BezwaarSoort is null)
        {
            return Domain.Trajecten.Fasemachine.BezwaarSoort.Bezwaar;
        }
        if (Enum.TryParse<Domain.Trajecten.Fasemachine.BezwaarSoort>(BezwaarSoort, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(BezwaarSoort, out _))
        {
            return s;
        }
        fouten["bezwaarSoort"] = $"Kies de soort bezwaar: {string.Join(", ", Enum.GetNames<Domain.Trajecten.Fasemachine.BezwaarSoort>())}.";
        return null;
    }
}
