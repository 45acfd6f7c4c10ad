using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Domain.Trajecten.Planning;

namespace Regio.Functions.Features.Trajecten;

/// <summary>The recorded facts of a perceel, as the API shows them. Dates that did not happen yet are absent.</summary>
public sealed record DossierView(
    DateOnly? AankondigingGepubliceerd, DateOnly? HoofdkenmerkenVastgelegd, DateOnly? UitnodigingVerzonden,
    DateOnly? InschrijvingstermijnSluit, DateOnly? OpeningGeregistreerd, DialoogView? Dialoog,
    IReadOnlyList<ProcesVerbaalView> ProcessenVerbaal, GunningsbeslissingView? Gunningsbeslissing,
    IReadOnlyList<BezwaarView> Bezwaren, DateOnly? OvereenkomstGetekend, DateOnly? GunningGepubliceerd, IntrekkingView? Intrekking)
{
    public static DossierView From(Dossier d, DateOnly vandaag) => new(
        d.AankondigingGepubliceerd, d.HoofdkenmerkenVastgelegd, d.UitnodigingVerzonden, d.InschrijvingstermijnSluit, d.OpeningGeregistreerd,
        d.Dialoog is { } dl ? new DialoogView(dl.Sinds, dl.Aantal, dl.Namen) : null,
        d.ProcessenVerbaal.Select(pv => new ProcesVerbaalView(pv.Fase.ToString(), pv.Datum)).ToList(),
        d.Gunningsbeslissing is { } g ? new GunningsbeslissingView(g.Datum, g.Motivering, Standstill.EindigtOp(g.Datum)) : null,
        d.Bezwaren.Select((b, i) => new BezwaarView(
            i + 1, b.Soort.ToString(), b.Ingediend, b.Uitspraak, b.Omschrijving, b.Uitkomst,
            b.Ingediend <= vandaag && !(b.Uitspraak <= vandaag))).ToList(),
        d.OvereenkomstGetekend, d.GunningGepubliceerd,
        d.Intrekking is { } i ? new IntrekkingView(i.Datum, i.Motivering) : null);
}

public sealed record DialoogView(DateOnly Sinds, int Aantal, IReadOnlyList<string> Namen);

public sealed record ProcesVerbaalView(string Fase, DateOnly Datum);

public sealed record GunningsbeslissingView(DateOnly Datum, string Motivering, DateOnly StandstillTotEnMet);

public sealed record BezwaarView(int Nummer, string Soort, DateOnly Ingediend, DateOnly? Uitspraak, string? Omschrijving, string? Uitkomst, bool Loopt);

public sealed record IntrekkingView(DateOnly Datum, string Motivering);

/// <summary>A milestone with where it stands today: planned (days to go), late (days late), or realised (deviation in days).</summary>
public sealed record MijlpaalView(
    int Id, string Soort, string Omschrijving, DateOnly GeplandeDatum, DateOnly OorspronkelijkeDatum, string Stand, int Dagen,
    RealisatieView? Realisatie, IReadOnlyList<VerschuivingView> Verschuivingen)
{
    public static MijlpaalView From(GeplandeMijlpaal m, DateOnly vandaag)
    {
        var (stand, dagen) = m.Stand(vandaag) switch
        {
            MijlpaalStand.Gerealiseerd g => ("Gerealiseerd", g.AfwijkingInDagen),
            MijlpaalStand.Verlopen v => ("Verlopen", v.DagenTeLaat),
            MijlpaalStand.Gepland p => ("Gepland", p.DagenTeGaan),
            _ => ("Onbekend", 0),
        };
        return new(m.Id.Value, m.Soort.ToString(), m.Omschrijving, m.GeplandeDatum, m.OorspronkelijkeDatum, stand, dagen,
            m.Realisatie is { } r ? new RealisatieView(r.Datum, r.Wie, r.Wanneer) : null,
            m.Verschuivingen.Select(v => new VerschuivingView(v.Van, v.Naar, v.Wie, v.Wanneer, v.Reden)).ToList());
    }
}

public sealed record RealisatieView(DateOnly Datum, string Wie, DateTimeOffset Wanneer);

public sealed record VerschuivingView(DateOnly Van, DateOnly Naar, string Wie, DateTimeOffset Wanneer, string Reden);

public sealed record FeitRequest(
    string? Soort, DateOnly? Datum, string? Fase, string? Tekst, string? BezwaarSoort, int? Bezwaar, IReadOnlyList<string>? Deelnemers);

public sealed record MijlpaalRequest(string? Soort, string? Omschrijving, DateOnly? Datum);

public sealed record VerschuivingRequest(DateOnly? Datum, string? Reden);

public sealed record RealisatieRequest(DateOnly? Datum);
