using Regio.Platform.Toegang;

namespace Regio.Platform.Budgetten;

/// <summary>A refusal of the access policy as a use case answers it, logged like every refused access.</summary>
internal static class Weigeringen
{
    private const string NietZichtbaar = "Niet zichtbaar voor deze gebruiker of bestaat niet";

    public static async Task<Uitkomst<T>> LogAsync<T>(Toegangslog log, Actor actor, string wat, Besluit besluit, CancellationToken ct)
    {
        var reden = besluit is Besluit.Geweigerd geweigerd ? geweigerd.Reden : null;
        await log.GeweigerdAsync(actor, wat, reden ?? NietZichtbaar, ct).ConfigureAwait(false);
        return reden is null ? new Uitkomst<T>.NietGevonden() : new Uitkomst<T>.Geweigerd(reden);
    }

    public static Uitkomst<T>.Ongeldig Ongeldig<T>(string veld, string melding) => new(new Dictionary<string, string> { [veld] = melding });
}
