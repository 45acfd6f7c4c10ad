using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Beoordelingen;

namespace Regio.Platform.Toegang;

/// <summary>
/// The beoordeling part of <see cref="AccessPolicy"/>. The criteria are in the tender documents, so whoever may see the
/// traject reads them. The rest is the contracting authority's: its inkoper (or the regio coordinator) leads, the
/// commissie members score on their own, and until everyone has scored nobody sees anyone else's scores: those do not
/// exist for them (NietGevonden). A member who declared a conflict of interest scores nothing and sees no scores.
/// Aanbieders and everyone else outside the owner and the commissie do not learn that a beoordeling exists.
/// </summary>
public static partial class AccessPolicy
{
    private const string UitgeslotenReden =
        "U heeft belangenverstrengeling gemeld en bent daarom uitgesloten van deze beoordeling: u scoort niet, ziet geen scores en leest de inschrijvingen niet.";

    public static Besluit BeslisBeoordeling(Actor actor, Actie actie, Traject traject, DateOnly vandaag, IReadOnlyList<Beoordelaar> commissie)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(traject);
        ArgumentNullException.ThrowIfNull(commissie);
        if (Beslis(actor, Actie.TrajectBekijken, traject, vandaag) is not Besluit.Toegestaan)
        {
            return new Besluit.NietGevonden();
        }
        var eigenaar = Eigenaar(traject.Eigenaar);
        var leider = MagBeheren(actor, traject.Eigenaar);
        var lid = Commissielid(actor, commissie);
        var betrokken = leider || lid is not null || (actor.HoortBij(eigenaar) && actor.Rollen.Count > 0);
        var uitgesloten = lid is { IsUitgesloten: true };
        Besluit Alleen(bool mag, string reden) => mag ? Toegestaan(eigenaar) : betrokken ? new Besluit.Geweigerd(reden) : new Besluit.NietGevonden();
        return actie switch
        {
            Actie.CriteriaInzien => Toegestaan(eigenaar),
            Actie.BeoordelingVolgen => Alleen(betrokken, ""),
            Actie.BeoordelingLeiden => Alleen(leider, traject.IsRegionaal
                ? "Alleen de regiocoördinator stelt de gunningscriteria en de beoordelingscommissie van een regionaal traject vast en toetst de inschrijvingen."
                : "Alleen een inkoper van de gemeente die het traject voert stelt de gunningscriteria en de beoordelingscommissie vast en toetst de inschrijvingen."),
            Actie.Scoren => Alleen(lid is { IsUitgesloten: false }, uitgesloten ? UitgeslotenReden
                : "Alleen leden van de beoordelingscommissie scoren. De inkoper of regiocoördinator stelt de commissie samen."),
            Actie.VerstrengelingMelden => Alleen(lid is not null, "Alleen leden van de beoordelingscommissie melden belangenverstrengeling voor deze beoordeling."),
            Actie.ScoresInzien => Alleen((leider || lid is not null) && !uitgesloten, uitgesloten ? UitgeslotenReden
                : "De scores zijn alleen in te zien voor de beoordelingscommissie en de inkoper of regiocoördinator van de aanbestedende dienst."),
            Actie.ConsensusVastleggen => Alleen(leider && !uitgesloten, uitgesloten ? UitgeslotenReden : traject.IsRegionaal
                ? "De consensus legt de regiocoördinator vast, na het overleg van de commissie."
                : "De consensus legt een inkoper van de gemeente die het traject voert vast, na het overleg van de commissie."),
            _ => new Besluit.NietGevonden(),
        };
    }

    /// <summary>
    /// One member's scores: one's own always; another's only once everyone has scored, and then only for those who may
    /// see scores at all. Before that they do not exist for the asker.
    /// </summary>
    public static Besluit BeslisScores(Actor actor, Traject traject, DateOnly vandaag, Beoordelingsdossier dossier, string vanBeoordelaar)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(dossier);
        if (vanBeoordelaar == actor.AuditNaam && Commissielid(actor, dossier.Commissie) is not null)
        {
            return BeslisBeoordeling(actor, Actie.Scoren, traject, vandaag, dossier.Commissie);
        }
        var besluit = BeslisBeoordeling(actor, Actie.ScoresInzien, traject, vandaag, dossier.Commissie);
        return besluit is Besluit.Toegestaan && !dossier.IedereenHeeftGescoord ? new Besluit.NietGevonden() : besluit;
    }

    /// <summary>The actor's place in the commissie, by the person key that audit events use.</summary>
    public static Beoordelaar? Commissielid(Actor actor, IReadOnlyList<Beoordelaar> commissie)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return commissie?.FirstOrDefault(b => b.Sleutel == actor.AuditNaam);
    }
}
