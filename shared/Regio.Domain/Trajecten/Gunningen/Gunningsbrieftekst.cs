namespace Regio.Domain.Trajecten.Gunningen;

/// <summary>
/// The wording of a gunningsbrief (art. 2.130 Aw): the decision, the relevant reasons (the recipient's and the winners'
/// scores per criterion with the consensus motivation), the recipient's rank, and the exact end of the standstill.
/// </summary>
internal static class Gunningsbrieftekst
{
    public static IReadOnlyList<Documentblok> Blokken(Gunningsbrief brief)
    {
        var k = brief.Kop;
        var perceel = $"perceel {k.Perceel} ({k.PerceelNaam}) van {k.Opdracht}";
        var blokken = new List<Documentblok>
        {
            new Documentblok.Kop($"Gunningsbeslissing {k.Opdracht}, perceel {k.Perceel}: {k.PerceelNaam}"),
            new Documentblok.Alinea($"Aan: {brief.OntvangerNaam}"),
            new Documentblok.Alinea($"Van: {k.AanbestedendeDienst}"),
            new Documentblok.Alinea($"Datum: {Dagtekst.Kort(k.Verzonden)}"),
            new Documentblok.Alinea("Betreft: voorlopige gunningsbeslissing"),
            new Documentblok.Alinea("Geachte heer, mevrouw,"),
            new Documentblok.Kop("Beslissing", 2),
            new Documentblok.Alinea(brief.Gegund
                ? $"{k.AanbestedendeDienst} is voornemens {perceel} aan u te gunnen.{Meer(brief)}"
                : $"{k.AanbestedendeDienst} is voornemens {perceel} te gunnen aan {Opsomming(brief.WinnaarNamen)}. Het perceel wordt niet aan u gegund."),
        };
        if (brief.Afwijking is { } afwijking)
            blokken.Add(new Documentblok.Alinea($"Keuze bij gelijke of afwijkende rangorde: {afwijking}"));
        blokken.Add(new Documentblok.Kop("Beoordeling van uw inschrijving", 2));
        if (brief.Eigen is { } eigen)
        {
            blokken.Add(new Documentblok.Alinea($"Uw inschrijving is geëindigd op plaats {eigen.Rang} van {brief.AantalBeoordeeld}{Gedeeld(eigen)}, met een totaalscore van {Getaltekst.Punten(eigen.Totaal)} van de 100 punten."));
            blokken.Add(Scoretabel(eigen));
        }
        else
        {
            blokken.Add(new Documentblok.Alinea($"Uw inschrijving is ongeldig en daarom niet inhoudelijk beoordeeld of gerangschikt. Reden: {brief.OngeldigOmdat}"));
        }
        var anderen = brief.Winnaars.Where(w => w.Inschrijver != brief.Ontvanger).ToList();
        if (anderen.Count > 0)
        {
            blokken.Add(new Documentblok.Kop(anderen.Count == 1 ? "Beoordeling van de winnende inschrijving" : "Beoordeling van de winnende inschrijvingen", 2));
            foreach (var winnaar in anderen)
            {
                blokken.Add(new Documentblok.Alinea($"{winnaar.Naam}: plaats {winnaar.Rang}{(winnaar.Gedeeld ? " (gedeeld)" : "")}, totaalscore {Getaltekst.Punten(winnaar.Totaal)} van de 100 punten."));
                blokken.Add(Scoretabel(winnaar));
            }
        }
        blokken.Add(new Documentblok.Kop("Opschortende termijn", 2));
        blokken.Add(new Documentblok.Alinea(
            $"Deze beslissing is een voorgenomen gunning. Er geldt een opschortende termijn van ten minste 20 kalenderdagen, te rekenen vanaf de dag na verzending van deze brief op {Dagtekst.Kort(k.Verzonden)}; valt de laatste dag in het weekend of op een feestdag, dan schuift die op naar de volgende werkdag (Algemene termijnenwet). De opschortende termijn eindigt op {Dagtekst.Lang(k.StandstillEindigtOp)}. Tot en met die dag wordt de opdracht niet definitief gegund en wordt geen overeenkomst gesloten."));
        blokken.Add(new Documentblok.Kop("Aanvullende motivering en kort geding", 2));
        blokken.Add(new Documentblok.Alinea(
            $"Wilt u een nadere toelichting op de beoordeling, vraag dan binnen de opschortende termijn om een aanvullende motivering: op het platform Regio, bij de gunning van perceel {k.Perceel}, onder 'Aanvullende motivering vragen'."));
        blokken.Add(new Documentblok.Alinea(
            $"Bent u het niet eens met deze beslissing, dan kunt u uiterlijk op {Dagtekst.Lang(k.StandstillEindigtOp)} een kort geding aanhangig maken bij de voorzieningenrechter. Meld dit op dezelfde plaats op het platform onder 'Kort geding aankondigen'. Zolang een tijdig aangekondigd kort geding loopt, wordt de opdracht niet definitief gegund. Wordt binnen de termijn geen kort geding aanhangig gemaakt, dan gaat {k.AanbestedendeDienst} ervan uit dat u zich bij deze beslissing neerlegt."));
        blokken.Add(new Documentblok.Alinea("Met vriendelijke groet,"));
        blokken.Add(new Documentblok.Alinea(k.AanbestedendeDienst));
        return blokken;
    }

    private static Documentblok.Tabel Scoretabel(Beoordeelde b) => new(
        ["Criterium", "Weging", "Score", "Punten", "Motivering"],
        b.Scores.Select(s => (IReadOnlyList<string>)[s.Naam, Getaltekst.Procent(s.Weging), $"{s.Waarde} van {s.Maximum}", Getaltekst.Punten(s.Punten), s.Motivering]).ToList());

    private static string Meer(Gunningsbrief brief) => brief.WinnaarNamen.Count > 1
        ? $" Het perceel wordt aan {brief.WinnaarNamen.Count} inschrijvers gegund: {Opsomming(brief.WinnaarNamen)}."
        : "";

    private static string Gedeeld(Beoordeelde eigen)
    {
        if (!eigen.Gedeeld)
            return "";
        var anderen = eigen.OpDezelfdePlaats - 1;
        return $" (gedeeld met {anderen} andere inschrijver{(anderen == 1 ? "" : "s")} met dezelfde totaalscore)";
    }

    private static string Opsomming(IReadOnlyList<string> namen) => namen.Count switch
    {
        0 => "",
        1 => namen[0],
        _ => $"{string.Join(", ", namen.Take(namen.Count - 1))} en {namen[^1]}",
    };
}
