using Regio.Domain.Aanbieders;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using static Regio.Platform.Aanbieders.Aanmeldinvoer;

namespace Regio.Platform.Aanbieders;

/// <summary>A member gives or renews the statements of its organisation in the combinatie (UEA, no grounds for exclusion, confidentiality).</summary>
public sealed class VerklaringenAfgeven(Combinatiewijziging wijziging, TimeProvider time)
{
    /// <param name="gelezen">The version of the combinatie as read; null applies the statements to the combinatie as it is.</param>
    public async Task<Uitkomst<Combinatiebeeld>> DeclareAsync(Actor actor, string id, Verklaringsinvoer invoer, Versie? gelezen, CancellationToken ct)
    {
        if (Verklaar<Combinatiebeeld>(invoer, actor, time.GetUtcNow(), out var verklaringen) is { } fout)
        {
            return fout;
        }
        return await wijziging.ApplyAsync(actor, id, Actie.CombinatieBeantwoorden, "verklaringen afgeven", gelezen, s =>
            Aanmeldregels.Verklaar(s.Combinatie, s.Eigen, verklaringen) switch
            {
                AanmeldUitkomst<Combinatie>.Toegestaan t => new Combinatiestap(t.Waarde, null, null,
                    $"Verklaringen afgegeven in combinatie '{t.Waarde.Naam}': {string.Join(", ", verklaringen.Select(v => v.Soort.Kort()))}"),
                AanmeldUitkomst<Combinatie>.Geweigerd g => g.Weigering,
                _ => throw new InvalidOperationException(),
            }, ct).ConfigureAwait(false);
    }
}
