using Regio.Domain.Aanbieders;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Aanbieders;

/// <summary>An invited member declines the invitation for its organisation.</summary>
public sealed class UitnodigingAfwijzen(Combinatiewijziging wijziging)
{
    /// <param name="gelezen">The version of the combinatie as read; null applies the answer to the combinatie as it is.</param>
    public Task<Uitkomst<Combinatiebeeld>> DeclineAsync(Actor actor, string id, Versie? gelezen, CancellationToken ct) =>
        wijziging.ApplyAsync(actor, id, Actie.CombinatieBeantwoorden, "uitnodiging afwijzen", gelezen, s =>
            Aanmeldregels.WijsAf(s.Combinatie, s.Eigen, s.Nu) switch
            {
                AanmeldUitkomst<Combinatie>.Toegestaan t => new Combinatiestap(t.Waarde, null, null, $"Uitnodiging voor combinatie '{t.Waarde.Naam}' afgewezen"),
                AanmeldUitkomst<Combinatie>.Geweigerd g => g.Weigering,
                _ => throw new InvalidOperationException(),
            }, ct);
}
