using Regio.Platform.Toegang;

namespace Regio.Platform.Jobs;

/// <summary>
/// Who may see and start the background jobs: the platform beheerder (<see cref="Actie.AchtergrondtakenBeheren"/>). A
/// refusal with a reason is 403; anyone else, and an actor of no organisation, does not find them.
/// </summary>
internal static class JobPoort
{
    /// <summary>Null when the actor may; else the refusal the use case answers.</summary>
    public static Uitkomst<T>? Check<T>(Actor actor) => actor.Organisatie is { } organisatie
        ? AccessPolicy.Beslis(actor, Actie.AchtergrondtakenBeheren, organisatie.Id) switch
        {
            Besluit.Toegestaan => null,
            Besluit.Geweigerd g => new Uitkomst<T>.Geweigerd(g.Reden),
            _ => new Uitkomst<T>.NietGevonden(),
        }
        : new Uitkomst<T>.NietGevonden();
}
