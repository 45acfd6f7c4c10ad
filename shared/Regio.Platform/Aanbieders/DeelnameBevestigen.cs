using Regio.Domain.Aanbieders;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using static Regio.Platform.Aanbieders.Aanmeldinvoer;

namespace Regio.Platform.Aanbieders;

/// <summary>An invited member confirms its part in the combinatie, with its statements if it has them; its registration comes with it.</summary>
public sealed class DeelnameBevestigen(Combinatiewijziging wijziging, TimeProvider time)
{
    /// <param name="gelezen">The version of the combinatie as read; null applies the confirmation to the combinatie as it is.</param>
    public async Task<Uitkomst<Combinatiebeeld>> ConfirmAsync(Actor actor, string id, Verklaringsinvoer invoer, Versie? gelezen, CancellationToken ct)
    {
        if (Verklaar<Combinatiebeeld>(invoer, actor, time.GetUtcNow(), out var verklaringen) is { } fout)
        {
            return fout;
        }
        return await wijziging.ApplyAsync(actor, id, Actie.CombinatieBeantwoorden, "deelname bevestigen", gelezen, s =>
            Aanmeldregels.Bevestig(s.Combinatie, s.Perceel, s.Vandaag, s.Eigen, verklaringen, s.EigenAanmelding, s.Nu, actor.Naam) switch
            {
                AanmeldUitkomst<(Combinatie, Aanmelding)>.Toegestaan { Waarde: var (c, a) } => new Combinatiestap(c, a, null, $"Deelname aan combinatie '{c.Naam}' bevestigd"),
                AanmeldUitkomst<(Combinatie, Aanmelding)>.Geweigerd g => g.Weigering,
                _ => throw new InvalidOperationException(),
            }, ct).ConfigureAwait(false);
    }
}
