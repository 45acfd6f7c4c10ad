using Regio.Domain.Trajecten.Fasemachine;

namespace Regio.Domain.Trajecten.Toelatingen;

/// <summary>The outcome of an open-house rule: the new value, or the rule that refused.</summary>
public abstract record ToelatingUitkomst<T>
{
    private ToelatingUitkomst() { }

    public sealed record Toegestaan(T Waarde) : ToelatingUitkomst<T>;

    public sealed record Geweigerd(ToelatingWeigering Weigering) : ToelatingUitkomst<T>;

    public static implicit operator ToelatingUitkomst<T>(T waarde) => new Toegestaan(waarde);

    public static implicit operator ToelatingUitkomst<T>(ToelatingWeigering weigering) => new Geweigerd(weigering);
}

/// <summary>
/// Open house: admission stays open while the perceel is announced or contracted; every aanvraag is checked against the
/// published requirements and gets one decision with reasons. An admission becomes a contract once the overeenkomst is
/// signed, which is recorded in the perceel's dossier (<see cref="Dossier.Toelatingen"/>) for the Gecontracteerd gate.
/// </summary>
public static class Toelatingsregels
{
    public const int MaximumEisen = 30;
    public const int MaximumEis = 200;
    public const int MaximumTekst = 4000;

    public static ToelatingWeigering? Open(Procedure? procedure, Perceel perceel, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(perceel);
        if (procedure != Procedure.OpenHouse)
            return new ToelatingWeigering.GeenOpenHouse();
        var fase = perceel.FaseOp(vandaag);
        return fase is Fase.Aangekondigd or Fase.Gecontracteerd ? null : new ToelatingWeigering.NietOpen(fase);
    }

    /// <summary><paramref name="eerdere"/> are the aanvrager's earlier aanvragen for this perceel.</summary>
    public static ToelatingUitkomst<Aanvraag> VraagAan(
        int nummer, int perceel, string aanvrager, string naam, IReadOnlyList<EisAntwoord>? antwoorden,
        IEnumerable<Aanvraag> eerdere, DateTimeOffset op, string door)
    {
        if (antwoorden is null || antwoorden.Count == 0)
            return new ToelatingWeigering.GeenEisen();
        if (antwoorden.Count > MaximumEisen)
            return new ToelatingWeigering.TeVeelEisen(MaximumEisen);
        for (var i = 0; i < antwoorden.Count; i++)
        {
            var (eis, antwoord) = (antwoorden[i]?.Eis?.Trim(), antwoorden[i]?.Antwoord?.Trim());
            if (string.IsNullOrEmpty(eis) || string.IsNullOrEmpty(antwoord) || eis.Length > MaximumEis || antwoord.Length > MaximumTekst)
                return new ToelatingWeigering.OnvolledigAntwoord(i + 1, MaximumTekst);
        }
        var eigen = eerdere.Where(a => a.Perceel == perceel && a.Aanvrager == aanvrager).ToList();
        if (eigen.FirstOrDefault(a => a.IsToegelaten) is { } toegelaten)
            return new ToelatingWeigering.AlToegelaten(toegelaten.Nummer);
        if (eigen.FirstOrDefault(a => a.Besluit is null) is { } lopend)
            return new ToelatingWeigering.LopendeAanvraag(lopend.Nummer);
        return new Aanvraag(nummer, perceel, aanvrager, naam,
            antwoorden.Select(a => new EisAntwoord(a.Eis.Trim(), a.Antwoord.Trim())).ToList(), op, door);
    }

    public static ToelatingUitkomst<Aanvraag> Beslis(Aanvraag aanvraag, bool toegelaten, string? motivering, DateOnly vandaag, string door)
    {
        ArgumentNullException.ThrowIfNull(aanvraag);
        if (aanvraag.Besluit is { } besluit)
            return new ToelatingWeigering.AlBesloten(aanvraag.Nummer, besluit.Toegelaten);
        if (string.IsNullOrWhiteSpace(motivering) || motivering.Trim().Length > MaximumTekst)
            return new ToelatingWeigering.GeenMotivering(MaximumTekst);
        return aanvraag with { Besluit = new Toelatingsbesluit(toegelaten, motivering.Trim(), vandaag, door) };
    }

    public static ToelatingUitkomst<Aanvraag> LegOvereenkomstVast(Aanvraag aanvraag, DateOnly getekend, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(aanvraag);
        if (aanvraag.Besluit is not { Toegelaten: true } besluit)
            return new ToelatingWeigering.NietToegelaten(aanvraag.Nummer);
        if (besluit.OvereenkomstGetekend is { } al)
            return new ToelatingWeigering.OvereenkomstAlGetekend(al);
        if (getekend < besluit.Datum || getekend > vandaag)
            return new ToelatingWeigering.OngeldigeTekendatum(besluit.Datum, vandaag);
        return aanvraag with { Besluit = besluit with { OvereenkomstGetekend = getekend } };
    }

    /// <summary>
    /// The dossier after <paramref name="aanvraag"/>'s admission or signed overeenkomst: one <see cref="Toelating"/> per
    /// admitted aanvraag, found by name and admission day, so the dossier says what the aanvragen say.
    /// </summary>
    public static Dossier InDossier(Dossier dossier, Aanvraag aanvraag)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(aanvraag);
        if (aanvraag.Besluit is not { Toegelaten: true } besluit)
            return dossier;
        var toelating = new Toelating(aanvraag.AanvragerNaam, besluit.Datum, besluit.OvereenkomstGetekend);
        var index = dossier.Toelatingen.ToList().FindIndex(t => t.Aanbieder == toelating.Aanbieder && t.Toegelaten == toelating.Toegelaten);
        return dossier with
        {
            Toelatingen = index < 0 ? [.. dossier.Toelatingen, toelating] : dossier.Toelatingen.Select((t, i) => i == index ? toelating : t).ToList(),
        };
    }
}
