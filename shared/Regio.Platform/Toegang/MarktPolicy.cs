using Regio.Domain.Organisaties;

namespace Regio.Platform.Toegang;

/// <summary>
/// The part of <see cref="AccessPolicy"/> that keeps an aanbieder out of the market until the platform has confirmed it.
/// Its people may sign in and see their registration, but may not register for a perceel, apply for admission, submit or
/// ask questions: every decision on those actions asks <see cref="Marktweigering"/> first.
/// </summary>
public static partial class AccessPolicy
{
    private static readonly HashSet<Actie> Marktacties =
        [Actie.Aanmelden, Actie.ToelatingAanvragen, Actie.Inschrijven, Actie.VraagStellen, Actie.CombinatieBeantwoorden, Actie.CombinatieBeheren];

    /// <summary>The refusal when <paramref name="actor"/>'s organisation is an aanbieder the platform has not confirmed; otherwise null.</summary>
    public static Besluit.Geweigerd? Marktweigering(Actor actor, Actie actie)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Organisatie is { Soort: OrganisatieSoort.Aanbieder } aanbieder && !aanbieder.IsBevestigd && Marktacties.Contains(actie)
            ? new Besluit.Geweigerd(aanbieder.Status == OrganisatieStatus.Geweigerd
                ? $"De registratie van {aanbieder.Naam} is geweigerd door de platformbeheerder ({aanbieder.Weigerreden}). Daarom kunt u niet meedoen aan trajecten."
                : $"De registratie van {aanbieder.Naam} wacht nog op bevestiging door de platformbeheerder. Daarna kunt u zich aanmelden, inschrijven en vragen stellen.")
            : null;
    }
}
