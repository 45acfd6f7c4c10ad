namespace Regio.Domain.Trajecten.Fasemachine;

/// <summary>
/// A named reason why a perceel may not change phase. Returned, never thrown, so the caller can show
/// <see cref="Melding"/> and a test can assert exactly which rule refused. <see cref="Code"/> is stable.
/// </summary>
public abstract record Weigering : Regelweigering
{
    private Weigering() { }

    // A phase read from storage may be a value this build does not know; the message must still render.
    private static string Tekst(Fase fase) => Enum.IsDefined(fase) ? fase.Naam() : fase.ToString();

    public sealed record GeenAankondiging : Weigering
    {
        public override string Melding =>
            "De aankondiging is nog niet gepubliceerd. Publiceer de aankondiging op TenderNed en leg de publicatiedatum vast.";
    }

    public sealed record GeenHoofdkenmerken : Weigering
    {
        public override string Melding =>
            "De hoofdkenmerken van de opdracht zijn niet vastgelegd (art. 2.38 Aanbestedingswet). Leg ze vast voordat de selectie begint.";
    }

    public sealed record GeenUitnodiging : Weigering
    {
        public override string Melding =>
            "Er is geen uitnodiging tot inschrijving verzonden. Verstuur de uitnodiging aan de gekozen aanbieders en leg de datum vast.";
    }

    public sealed record GeenProcesVerbaal(Fase Fase) : Weigering
    {
        public override string Melding =>
            $"Er is geen proces-verbaal van de fase {Tekst(Fase)}. Maak het proces-verbaal op en leg het vast voordat de fase wordt afgesloten.";
    }

    public sealed record GeenInschrijvingstermijn : Weigering
    {
        public override string Melding =>
            "De inschrijvingstermijn is niet vastgelegd. Leg de sluitingsdatum vast; beoordelen kan pas nadat die verstreken is.";
    }

    public sealed record TermijnLooptNog(DateOnly SluitOp) : Weigering
    {
        public override string Melding =>
            $"De inschrijvingstermijn loopt nog tot en met {Datum.Tekst(SluitOp)}. Beoordelen kan vanaf {Datum.Tekst(SluitOp.AddDays(1))}.";
    }

    public sealed record GeenOpeningsregistratie : Weigering
    {
        public override string Melding =>
            "De inschrijvingen zijn niet geopend en gecontroleerd. Leg de openingsregistratie vast voordat de beoordeling begint.";
    }

    public sealed record GeenGunningsbeslissing : Weigering
    {
        public override string Melding =>
            "Er is geen gemotiveerde gunningsbeslissing vastgelegd. Leg de beslissing met de redenen en scores per inschrijver vast.";
    }

    public sealed record StandstillLoopt(DateOnly EindigtOp) : Weigering
    {
        public override string Melding =>
            $"De opschortende termijn (standstill) loopt tot en met {Datum.Tekst(EindigtOp)}. Definitief gunnen kan vanaf {Datum.Tekst(EindigtOp.AddDays(1))}.";
    }

    public sealed record BezwaarLoopt : Weigering
    {
        public override string Melding =>
            "Er loopt een bezwaar of kort geding tegen de gunning. Wacht de uitspraak af en leg die vast voordat definitief wordt gegund.";
    }

    public sealed record OvereenkomstNietGetekend : Weigering
    {
        public override string Melding => "De overeenkomst is nog niet getekend. Leg de datum van ondertekening vast.";
    }

    public sealed record GunningNietGepubliceerd : Weigering
    {
        public override string Melding =>
            "De aankondiging van de gegunde opdracht is niet gepubliceerd. Publiceer die op TenderNed en leg de datum vast.";
    }

    public sealed record GeenGecontracteerdeAanbieder : Weigering
    {
        public override string Melding =>
            "Er is nog geen toegelaten aanbieder met een getekende overeenkomst. Leg de toelating en de ondertekening vast.";
    }

    public sealed record GeenMotivering : Weigering
    {
        public override string Melding => "Intrekken vraagt een motivering. Leg de reden van de intrekking vast.";
    }

    public sealed record AlInFase(Fase Fase) : Weigering
    {
        public override string Melding => $"Het perceel is al in de fase {Tekst(Fase)}.";
    }

    public sealed record OvergangBestaatNiet(Fase Van, Fase Naar) : Weigering
    {
        public override string Melding =>
            $"Van {Tekst(Van)} naar {Tekst(Naar)} is geen toegestane stap in deze procedure.";
    }

    public sealed record Afgesloten(Fase Fase) : Weigering
    {
        public override string Melding => $"Het perceel is afgesloten ({Tekst(Fase)}); er is geen volgende fase.";
    }
}
