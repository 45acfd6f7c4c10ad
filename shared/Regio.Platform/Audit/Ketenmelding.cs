using System.Globalization;
using Regio.Platform.Storage;

namespace Regio.Platform.Audit;

/// <summary>
/// Says which chain broke and where, in words a beheerder knows: the chain is named after what its partition holds
/// (the trajecten of a gemeente, the aanmeldingen for a perceel), the place is the event's number. Never a hash.
/// </summary>
public static class Ketenmelding
{
    public static string Naam(string tabel, string partitie) => (tabel, partitie.Split('|')) switch
    {
        (Names.TrajectenTable, ["regio", var regio]) => $"Trajecten van regio {regio}",
        (Names.TrajectenTable, ["gemeente", var gemeente]) => $"Trajecten van gemeente {gemeente}",
        (Names.BudgettenTable, ["gemeente", var gemeente]) => $"Budgetten van gemeente {gemeente}",
        (Names.AanmeldingenTable, ["aanmelding", var traject, var perceel]) => $"Aanmeldingen voor traject {traject}, perceel {perceel}",
        (Names.InschrijvingenTable, ["inschrijving", var traject, var perceel]) => $"Inschrijvingen en beoordelingen voor traject {traject}, perceel {perceel}",
        (Names.RapportagesTable, ["regio", var regio]) => $"Raadsinformatiebrieven van regio {regio}",
        (Names.RegiosTable, ["regio", var regio]) => $"Indeling van regio {regio}",
        (Names.OrganisatiesTable, ["register"]) => "Register van organisaties",
        (Names.OrganisatiesTable, ["organisatie", var organisatie]) => $"Organisatie {organisatie} (leden en toegang)",
        (Names.OrganisatiesTable, ["toegang", "zonder-organisatie"]) => "Geweigerde toegang van mensen zonder organisatie",
        // A chain this list does not know yet is still reported, by where it is stored.
        _ => $"Tabel {tabel}, partitie {partitie}",
    };

    /// <summary>The partition's name, and what the chain records within it where that says more (a traject, a vraag, an inschrijver).</summary>
    public static string Naam(string tabel, AuditKeten keten)
    {
        ArgumentNullException.ThrowIfNull(keten);
        return Onderdeel(keten.Naam.Split('|')) is { } onderdeel ? $"{Naam(tabel, keten.Partitie)}, {onderdeel}" : Naam(tabel, keten.Partitie);
    }

    private static string? Onderdeel(string[] naam) => naam switch
    {
        ["traject", var traject] => $"traject {traject}",
        ["traject", var traject, "perceel", var perceel] => $"traject {traject}, perceel {perceel}",
        ["traject", var traject, "vraag", var vraag] => $"traject {traject}, vraag {vraag}",
        ["traject", var traject, "nvi"] => $"traject {traject}, nota's van inlichtingen",
        ["traject", var traject, "stuk", var stuk] => $"traject {traject}, stuk {stuk}",
        ["inschrijver", var inschrijver] => $"inschrijver {inschrijver}",
        ["aanbieder", var aanbieder] => $"aanbieder {aanbieder}",
        ["combinatie", var combinatie] => $"combinatie {combinatie}",
        ["rapportage", var maand] => $"brief over {maand}",
        ["organisatie", var organisatie] => $"organisatie {organisatie}",
        ["leden"] => "leden",
        ["toegang"] => "toegang",
        // The partition chain, and chains that are the partition's one subject (a perceel, a budget, a regio's indeling).
        _ => null,
    };

    public static string Tekst(string tabel, AuditKeten keten, Ketenbreuk breuk) => Naam(tabel, keten) + ": " + Breuk(breuk);

    public static string Tekst(string tabel, string partitie, Ketenbreuk breuk) => Naam(tabel, partitie) + ": " + Breuk(breuk);

    private static string Breuk(Ketenbreuk breuk) => breuk switch
    {
        Ketenbreuk.Ontbreekt o => Nl($"gebeurtenis {o.Volgnummer} ontbreekt; de keten is vanaf daar verbroken."),
        Ketenbreuk.Gewijzigd g => Nl($"gebeurtenis {g.Volgnummer} is achteraf gewijzigd; de keten is vanaf daar verbroken."),
        Ketenbreuk.KopWijktAf { Volgnummer: 0 } k =>
            Nl($"de kop van de keten, die naar de laatste gebeurtenis wijst, ontbreekt; de keten telt {k.Laatste} {(k.Laatste == 1 ? "gebeurtenis" : "gebeurtenissen")}."),
        Ketenbreuk.KopWijktAf k when k.Volgnummer > k.Laatste =>
            Nl($"de keten eindigt bij gebeurtenis {k.Laatste}, maar hoort door te lopen tot gebeurtenis {k.Volgnummer}; de latere gebeurtenissen ontbreken."),
        Ketenbreuk.KopWijktAf k when k.Volgnummer < k.Laatste =>
            Nl($"na gebeurtenis {k.Volgnummer} staan gebeurtenissen tot en met {k.Laatste} die de keten niet kent; die zijn later toegevoegd."),
        Ketenbreuk.KopWijktAf k => Nl($"gebeurtenis {k.Volgnummer}, de laatste, klopt niet met het einde van de keten; die is achteraf gewijzigd."),
        _ => Nl($"de keten is verbroken bij gebeurtenis {breuk.Volgnummer}."),
    };

    private static string Nl(FormattableString tekst) => tekst.ToString(CultureInfo.GetCultureInfo("nl-NL"));
}
