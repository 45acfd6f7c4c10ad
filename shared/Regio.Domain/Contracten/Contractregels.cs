using Regio.Domain.Trajecten;

namespace Regio.Domain.Contracten;

/// <summary>A named reason why a contract change was refused, returned and never thrown; <see cref="Veld"/> names the input.</summary>
public abstract record ContractWeigering : Regelweigering
{
    private ContractWeigering() { }

    public sealed record GeenReden : ContractWeigering
    {
        public override string Melding => $"Het verplaatsen van de startdatum vraagt een reden (ten hoogste {Contractregels.MaximumReden} tekens), bijvoorbeeld 'inwerkingtreding opgeschort vanwege kort geding'.";
        public override string? Veld => "reden";
    }

    public sealed record ZelfdeDatum(DateOnly Datum) : ContractWeigering
    {
        public override string Melding => $"Het contract begint al op {Trajecten.Gunningen.Dagtekst.Kort(Datum)}. Kies een andere datum.";
        public override string? Veld => "startdatum";
    }

    public sealed record BuitenBereik(string Naam) : ContractWeigering
    {
        public override string Melding => "Kies een datum tussen 2000 en 2100.";
        public override string? Veld => Naam;
    }

    public sealed record GeenTaakgericht(Bekostiging Bekostiging) : ContractWeigering
    {
        public override string Melding => $"Een vast bedrag per jaar hoort bij taakgerichte bekostiging; dit contract is {Bekostiging.ToString().ToLowerInvariant()}.";
        public override string? Veld => "bedragPerJaar";
    }

    public sealed record OngeldigBedrag : ContractWeigering
    {
        public override string Melding => $"Geef het vaste bedrag per jaar in hele euro's: groter dan 0 en ten hoogste 1.000.000.000.000 euro.";
        public override string? Veld => "bedragPerJaar";
    }

    public sealed record GeenContractvoorwaarden : ContractWeigering
    {
        public override string Melding => "Van dit traject zijn de contractvoorwaarden niet vastgelegd (looptijd, evaluatiemomenten, bekostiging). Leg die eerst vast bij de gegevens van het traject.";
    }

    public sealed record GeenStartdatum : ContractWeigering
    {
        public override string Melding => "Geef de startdatum van de contracten; er is ook geen mijlpaal 'Start contract' gepland.";
        public override string? Veld => "startdatum";
    }
}

/// <summary>The outcome of a contract rule: the new contract, or the rule that refused.</summary>
public abstract record ContractUitkomst
{
    private ContractUitkomst() { }

    public sealed record Toegestaan(Contract Contract) : ContractUitkomst;

    public sealed record Geweigerd(ContractWeigering Weigering) : ContractUitkomst;

    public static implicit operator ContractUitkomst(Contract contract) => new Toegestaan(contract);

    public static implicit operator ContractUitkomst(ContractWeigering weigering) => new Geweigerd(weigering);
}

/// <summary>Creating contracts at the definitive award and changing them after: the start (with its history) and the amount.</summary>
public static class Contractregels
{
    public const int MaximumReden = 1000;
    public const long MaximumBedrag = 1_000_000_000_000;

    private static readonly DateOnly Vroegst = new(2000, 1, 1);
    private static readonly DateOnly Laatst = new(2100, 12, 31);

    /// <summary>One contract per awarded inschrijver, all on the same terms; the amount is optional here and can follow.</summary>
    public static (IReadOnlyList<Contract>? Contracten, ContractWeigering? Weigering) Maak(
        Traject traject, int perceel, Opdrachtgever opdrachtgever, IReadOnlyList<Opdrachtnemer> opdrachtnemers,
        DateOnly? startdatum, long? bedragPerJaar, DateOnly vandaag, string door)
    {
        ArgumentNullException.ThrowIfNull(traject);
        ArgumentNullException.ThrowIfNull(opdrachtnemers);
        if (traject.Contract is not { } voorwaarden)
            return (null, new ContractWeigering.GeenContractvoorwaarden());
        var start = startdatum ?? traject.Mijlpalen.Where(m => m.Soort == Trajecten.Planning.MijlpaalSoort.ContractStart).Select(m => (DateOnly?)m.GeplandeDatum).FirstOrDefault();
        if (start is not { } s)
            return (null, new ContractWeigering.GeenStartdatum());
        if (s < Vroegst || s > Laatst)
            return (null, new ContractWeigering.BuitenBereik("startdatum"));
        if (bedragPerJaar is { } bedrag && BedragFout(voorwaarden.Bekostiging, bedrag) is { } fout)
            return (null, fout);
        var naam = traject.Percelen.FirstOrDefault(p => p.Nummer == perceel)?.Naam ?? $"Perceel {perceel}";
        return (opdrachtnemers.Select(o => new Contract(Contract.IdVoor(traject.Id, perceel, o.Inschrijver), traject.Id, traject.Naam, perceel, naam,
            opdrachtgever, o, s, voorwaarden.LooptijdJaren, voorwaarden.Evaluatiemomenten, voorwaarden.Bekostiging, bedragPerJaar, vandaag, door)).ToList(), null);
    }

    public static ContractUitkomst VerplaatsStart(Contract contract, DateOnly? naar, string? reden, string wie, DateTimeOffset wanneer)
    {
        ArgumentNullException.ThrowIfNull(contract);
        if (naar is not { } datum || datum < Vroegst || datum > Laatst)
            return new ContractWeigering.BuitenBereik("startdatum");
        if (datum == contract.Startdatum)
            return new ContractWeigering.ZelfdeDatum(datum);
        if (string.IsNullOrWhiteSpace(reden) || reden.Length > MaximumReden)
            return new ContractWeigering.GeenReden();
        return contract with
        {
            Startdatum = datum,
            Verschuivingen = [.. contract.Verschuivingen, new Startverschuiving(contract.Startdatum, datum, reden.Trim(), wie, wanneer)],
        };
    }

    public static ContractUitkomst StelBedragVast(Contract contract, long? bedrag)
    {
        ArgumentNullException.ThrowIfNull(contract);
        if (BedragFout(contract.Bekostiging, bedrag ?? 0) is { } fout)
            return fout;
        return contract with { BedragPerJaar = bedrag };
    }

    private static ContractWeigering? BedragFout(Bekostiging bekostiging, long bedrag) => bekostiging != Bekostiging.Taakgericht
        ? new ContractWeigering.GeenTaakgericht(bekostiging)
        : bedrag is <= 0 or > MaximumBedrag ? new ContractWeigering.OngeldigBedrag() : null;
}
