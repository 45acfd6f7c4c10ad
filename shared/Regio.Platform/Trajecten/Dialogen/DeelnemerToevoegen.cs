using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Dialogen;
using Regio.Platform.Organisaties;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Dialogen;

/// <summary>The owner's inkoper adds an aanbieder on the platform as a participant of the dialogue.</summary>
public sealed class DeelnemerToevoegen(Dialoogwijziging wijziging, OrganisatieStore organisaties)
{
    public async Task<Uitkomst<Stand<Dialoog>>> AddAsync(Actor actor, TrajectId id, int perceel, string? aanbieder, CancellationToken ct)
    {
        var organisatie = string.IsNullOrWhiteSpace(aanbieder) ? null : await organisaties.GetAsync(new OrganisatieId(aanbieder.Trim()), ct).ConfigureAwait(false);
        return await wijziging.ApplyAsync(actor, id, perceel, "dialoogdeelnemer toevoegen", d => organisatie is { Soort: OrganisatieSoort.Aanbieder } o
            ? Dialoogregels.VoegDeelnemerToe(d, Deelnemer(o))
            : new DialoogWeigering.GeenAanbieder(aanbieder ?? ""), (voor, na) => $"Dialoogdeelnemer toegevoegd aan perceel {perceel}", ct).ConfigureAwait(false);
    }

    /// <summary>An aanbieder takes part on its own, under its inschrijver key.</summary>
    internal static Dialoogdeelnemer Deelnemer(Organisatie o)
    {
        var inschrijver = Domain.Aanbieders.Inschrijver.Alleen(o);
        return new Dialoogdeelnemer(inschrijver.Sleutel, inschrijver.Naam);
    }
}
