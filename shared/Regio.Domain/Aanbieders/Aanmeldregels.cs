using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;

namespace Regio.Domain.Aanbieders;

/// <summary>
/// Registering for a perceel, alone or as a combinatie. A perceel is open for it once published and until the
/// evaluation starts; an aanbieder registers once per perceel; only the penvoerder changes who is invited; each member
/// answers its own invitation and gives its own statements.
/// </summary>
public static partial class Aanmeldregels
{
    public const int MaximumNaam = 200;
    public const int MaximumLeden = 10;

    public static AanmeldWeigering? Open(Perceel perceel, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(perceel);
        var fase = perceel.FaseOp(vandaag);
        var gepubliceerd = perceel.Dossier.AankondigingGepubliceerd <= vandaag || fase != Fase.Voorbereiding;
        return gepubliceerd && fase <= Fase.Inschrijving ? null : new AanmeldWeigering.PerceelNietOpen(fase);
    }

    /// <summary>The statements a person gives for their organisation, at the server's time.</summary>
    public static AanmeldUitkomst<IReadOnlyList<Verklaring>> Verklaar(IReadOnlyCollection<Verklaringsoort> soorten, string? ueaSha256, string door, DateTimeOffset op)
    {
        ArgumentNullException.ThrowIfNull(soorten);
        var hash = string.IsNullOrWhiteSpace(ueaSha256) ? null : ueaSha256.Trim().ToLowerInvariant();
        if (hash is not null && !Verklaringen.IsSha256(hash))
        {
            return new AanmeldWeigering.OngeldigeHash();
        }
        return soorten.Distinct().Order().Select(s => new Verklaring(s, door, op, s == Verklaringsoort.Uea ? hash : null)).ToList();
    }

    public static AanmeldUitkomst<Aanmelding> MeldAlleenAan(
        TrajectId traject, Perceel perceel, DateOnly vandaag, Organisatie aanbieder, IReadOnlyList<Verklaring> verklaringen, Aanmelding? bestaand, DateTimeOffset op, string door)
    {
        ArgumentNullException.ThrowIfNull(aanbieder);
        ArgumentNullException.ThrowIfNull(verklaringen);
        if (Open(perceel, vandaag) is { } dicht)
        {
            return dicht;
        }
        if (bestaand is not null)
        {
            return AlAangemeld(bestaand);
        }
        if (verklaringen.All(v => v.Soort != Verklaringsoort.Uea))
        {
            return new AanmeldWeigering.GeenUea();
        }
        return new Aanmelding(traject, perceel.Nummer, aanbieder.Id, aanbieder.Naam, null, op, door, verklaringen);
    }

    /// <summary>The penvoerder starts the combinatie as its first, confirmed member, and invites the others in the same step.</summary>
    public static AanmeldUitkomst<(Combinatie Combinatie, Aanmelding Aanmelding)> RichtOp(
        CombinatieId id, string? naam, TrajectId traject, Perceel perceel, DateOnly vandaag, Organisatie penvoerder,
        IReadOnlyList<Verklaring> verklaringen, Aanmelding? bestaand, DateTimeOffset op, string door)
    {
        ArgumentNullException.ThrowIfNull(penvoerder);
        ArgumentNullException.ThrowIfNull(perceel);
        if (Open(perceel, vandaag) is { } dicht)
        {
            return dicht;
        }
        if (string.IsNullOrWhiteSpace(naam) || naam.Trim().Length > MaximumNaam)
        {
            return new AanmeldWeigering.OngeldigeNaam(MaximumNaam);
        }
        if (bestaand is not null)
        {
            return AlAangemeld(bestaand);
        }
        var combinatie = new Combinatie(id, naam.Trim(), traject, perceel.Nummer, penvoerder.Id,
            [new Lid(penvoerder.Id, penvoerder.Naam, Lidstatus.Bevestigd, op, verklaringen)], op);
        return (combinatie, new Aanmelding(traject, perceel.Nummer, penvoerder.Id, penvoerder.Naam, id, op, door, []));
    }

    /// <summary>Invites an aanbieder, or invites again one that declined. Whether it registered elsewhere is its own business: it finds out when it confirms.</summary>
    public static AanmeldUitkomst<Combinatie> NodigUit(Combinatie combinatie, Perceel perceel, DateOnly vandaag, OrganisatieId door, Organisatie? genodigde, DateTimeOffset op)
    {
        ArgumentNullException.ThrowIfNull(combinatie);
        if (door != combinatie.Penvoerder)
        {
            return new AanmeldWeigering.AlleenPenvoerder();
        }
        if (Open(perceel, vandaag) is { } dicht)
        {
            return dicht;
        }
        if (genodigde is not { Soort: OrganisatieSoort.Aanbieder })
        {
            return new AanmeldWeigering.GeenAanbieder();
        }
        if (combinatie.LidVan(genodigde.Id) is { Status: not Lidstatus.Afgewezen } lid)
        {
            return new AanmeldWeigering.AlBetrokken(lid.Naam, lid.Status);
        }
        if (combinatie.Leden.Count(l => l.Status != Lidstatus.Afgewezen) >= MaximumLeden)
        {
            return new AanmeldWeigering.TeVeelLeden(MaximumLeden);
        }
        return combinatie.MetLid(new Lid(genodigde.Id, genodigde.Naam, Lidstatus.Uitgenodigd, op, []));
    }

    public static AanmeldUitkomst<(Combinatie Combinatie, Aanmelding Aanmelding)> Bevestig(
        Combinatie combinatie, Perceel perceel, DateOnly vandaag, OrganisatieId organisatie, IReadOnlyList<Verklaring> verklaringen, Aanmelding? bestaand, DateTimeOffset op, string door)
    {
        ArgumentNullException.ThrowIfNull(combinatie);
        if (combinatie.LidVan(organisatie) is not { } lid)
        {
            return new AanmeldWeigering.GeenLid();
        }
        if (lid.Status != Lidstatus.Uitgenodigd)
        {
            return new AanmeldWeigering.NietUitgenodigd(lid.Status);
        }
        if (Open(perceel, vandaag) is { } dicht)
        {
            return dicht;
        }
        if (bestaand is not null)
        {
            return AlAangemeld(bestaand);
        }
        var bevestigd = lid with { Status = Lidstatus.Bevestigd, Sinds = op, Verklaringen = Verklaringen.Samen(lid.Verklaringen, verklaringen) };
        return (combinatie.MetLid(bevestigd), new Aanmelding(combinatie.Traject, combinatie.Perceel, organisatie, lid.Naam, combinatie.Id, op, door, []));
    }
}
