using Regio.Domain.Organisaties;

namespace Regio.Domain.Aanbieders;

/// <summary>The rules for members that are in a combinatie already: declining, giving statements, being taken out.</summary>
public static partial class Aanmeldregels
{
    public static AanmeldUitkomst<Combinatie> WijsAf(Combinatie combinatie, OrganisatieId organisatie, DateTimeOffset op)
    {
        ArgumentNullException.ThrowIfNull(combinatie);
        if (organisatie == combinatie.Penvoerder)
        {
            return new AanmeldWeigering.PenvoerderBlijft();
        }
        return combinatie.LidVan(organisatie) switch
        {
            null => new AanmeldWeigering.GeenLid(),
            { Status: not Lidstatus.Uitgenodigd } lid => new AanmeldWeigering.NietUitgenodigd(lid.Status),
            var lid => combinatie.MetLid(lid with { Status = Lidstatus.Afgewezen, Sinds = op }),
        };
    }

    /// <summary>A confirmed member adds or renews its own statements; the newest of each kind counts.</summary>
    public static AanmeldUitkomst<Combinatie> Verklaar(Combinatie combinatie, OrganisatieId organisatie, IReadOnlyList<Verklaring> verklaringen)
    {
        ArgumentNullException.ThrowIfNull(combinatie);
        ArgumentNullException.ThrowIfNull(verklaringen);
        return combinatie.LidVan(organisatie) switch
        {
            null => new AanmeldWeigering.GeenLid(),
            { Status: not Lidstatus.Bevestigd } => new AanmeldWeigering.NietBevestigd(),
            _ when verklaringen.Count == 0 => new AanmeldWeigering.GeenVerklaringen(),
            var lid => combinatie.MetLid(lid with { Verklaringen = Verklaringen.Samen(lid.Verklaringen, verklaringen) }),
        };
    }

    public static AanmeldUitkomst<Combinatie> VerwijderLid(Combinatie combinatie, OrganisatieId door, OrganisatieId organisatie)
    {
        ArgumentNullException.ThrowIfNull(combinatie);
        if (door != combinatie.Penvoerder)
        {
            return new AanmeldWeigering.AlleenPenvoerder();
        }
        if (organisatie == combinatie.Penvoerder)
        {
            return new AanmeldWeigering.PenvoerderBlijft();
        }
        return combinatie.IsBetrokken(organisatie) ? combinatie.ZonderLid(organisatie) : new AanmeldWeigering.GeenLid();
    }

    private static AanmeldWeigering.AlAangemeld AlAangemeld(Aanmelding bestaand) =>
        new(bestaand.IsAlleen ? "alleen" : "als lid van een combinatie");
}
