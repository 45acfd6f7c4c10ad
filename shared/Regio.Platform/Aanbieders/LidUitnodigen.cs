using Regio.Domain.Aanbieders;
using Regio.Domain.Organisaties;
using Regio.Platform.Organisaties;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Aanbieders;

/// <summary>The penvoerder invites an aanbieder on the platform into the combinatie.</summary>
public sealed class LidUitnodigen(Combinatiewijziging wijziging, OrganisatieStore organisaties)
{
    /// <param name="gelezen">The version of the combinatie as read; null applies the invitation to the combinatie as it is.</param>
    public async Task<Uitkomst<Combinatiebeeld>> InviteAsync(Actor actor, string id, string? organisatie, Versie? gelezen, CancellationToken ct)
    {
        var genodigde = OrganisatieId.IsValid(organisatie) ? await organisaties.GetAsync(new(organisatie!), ct).ConfigureAwait(false) : null;
        return await wijziging.ApplyAsync(actor, id, Actie.CombinatieBeheren, "lid uitnodigen", gelezen, s =>
            Aanmeldregels.NodigUit(s.Combinatie, s.Perceel, s.Vandaag, s.Eigen, genodigde, s.Nu) switch
            {
                AanmeldUitkomst<Combinatie>.Toegestaan t => new Combinatiestap(t.Waarde, null, null, $"{genodigde!.Naam} uitgenodigd in combinatie '{t.Waarde.Naam}'"),
                AanmeldUitkomst<Combinatie>.Geweigerd g => g.Weigering,
                _ => throw new InvalidOperationException(),
            }, ct).ConfigureAwait(false);
    }
}
