using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Vragen;
using Regio.Platform.Toegang;

namespace Regio.Platform.Trajecten.Vragen;

/// <summary>
/// The questions of a traject as the reader may see them: the published notas for everyone who sees the traject, every
/// question with who asked for the owner, its own questions for an aanbieder. Who may do what: <see cref="AccessPolicy"/>.
/// </summary>
public sealed class VragenBekijken(TrajectPoort poort, VraagStore store)
{
    public async Task<Uitkomst<Vragenoverzicht>> GetAsync(Actor actor, TrajectId id, CancellationToken ct)
    {
        var toegang = await poort.OpenAsync(actor, id, Actie.TrajectBekijken, "vragen bekijken", ct).ConfigureAwait(false);
        if (!toegang.TryGet(out var open))
        {
            return toegang.RefusalAs<Vragenoverzicht>();
        }
        var traject = open.Traject;
        var (vragen, notas) = await store.ListAsync(traject.Eigenaar, id, ct).ConfigureAwait(false);
        var vandaag = open.Peildatum;
        var eigenaar = AccessPolicy.Beslis(actor, Actie.VragenInzien, traject, vandaag) is Besluit.Toegestaan;
        var aanbieder = AccessPolicy.Beslis(actor, Actie.VraagStellen, traject, vandaag) is Besluit.Toegestaan t ? t.Scope.Organisatie : (OrganisatieId?)null;
        return new Vragenoverzicht(
            traject,
            GepubliceerdeNota.Samenstellen(notas, vragen.Select(v => v.Vraag)),
            eigenaar ? vragen : [],
            aanbieder is { } eigen ? vragen.Where(v => v.Vraag.Vragensteller.Organisatie == eigen).Select(v => EigenVraag.Van(v.Vraag)).ToList() : [],
            aanbieder is not null,
            AccessPolicy.Beslis(actor, Actie.VraagBeantwoorden, traject, vandaag) is Besluit.Toegestaan);
    }
}
