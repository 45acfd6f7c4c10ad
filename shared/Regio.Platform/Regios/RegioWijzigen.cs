using Regio.Domain.Organisaties;
using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Platform.Audit;
using Regio.Platform.Organisaties;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten;

namespace Regio.Platform.Regios;

/// <summary>
/// A platform beheerder changes a regio's name, centrumgemeente and members (adds registered gemeenten, removes members,
/// changes subregio's) in the version that was read, in one transaction with its audit event. A gemeente that takes part
/// in one of the regio's regional trajecten stays a member: the traject's deelnemers would otherwise point outside it.
/// </summary>
public sealed class RegioWijzigen(RegioStore regios, OrganisatieStore organisaties, TrajectStore trajecten, Toegangspoort toegangspoort, TimeProvider time)
{
    public const string Tegelijk = "Iemand anders heeft deze regio intussen gewijzigd. Lees haar opnieuw en breng uw wijziging dan opnieuw aan.";

    public async Task<Uitkomst<Regioversie>> SaveAsync(Actor actor, RegioId id, Regiowijziging wijziging, Versie verwacht, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(wijziging);
        if (AccessPolicy.Beslis(actor, Actie.RegiosBeheren, new OrganisatieId(id.Value)) is Besluit.Geweigerd geweigerd)
        {
            return await toegangspoort.WeigerAsync<Regioversie>(actor, $"regio:{id} wijzigen", geweigerd, cancellationToken).ConfigureAwait(false);
        }
        if (await regios.ReadAsync(id, cancellationToken).ConfigureAwait(false) is not { } gelezen)
        {
            return new Uitkomst<Regioversie>.NietGevonden();
        }
        var fouten = new Dictionary<string, string>(wijziging.Controleer());
        // Members are looked up only in a list of a size a regio can have: a list that is too long is refused as such,
        // without a read per element.
        var leden = wijziging.Gemeenten is { Count: <= Regiocontrole.MaxGemeenten } lijst
            ? lijst.OfType<Regiolid>().Where(l => OrganisatieId.IsValid(l.Id)).ToList()
            : [];
        var erbij = leden.Where(l => !gelezen.Regio.HeeftGemeente(new GemeenteId(l.Id!))).ToList();
        var geregistreerd = await Task.WhenAll(erbij.Select(l => organisaties.GetAsync(new OrganisatieId(l.Id!), cancellationToken))).ConfigureAwait(false);
        if (erbij.Zip(geregistreerd).Where(x => x.Second is not { Soort: OrganisatieSoort.Gemeente }).Select(x => x.First.Id!).ToList() is { Count: > 0 } onbekend)
        {
            Regiocontrole.Voeg(fouten, "gemeenten", Regiocontrole.Onbekend(onbekend));
        }
        if (fouten.Count > 0)
        {
            return new Uitkomst<Regioversie>.Ongeldig(fouten);
        }
        if (verwacht.Van(RegioStore.RootRowKey) != gelezen.Versie.Van(RegioStore.RootRowKey))
        {
            return new Uitkomst<Regioversie>.Conflict(Tegelijk, Verouderd: true);
        }

        var namen = erbij.Zip(geregistreerd).ToDictionary(x => x.First.Id!, x => Regionamen.AlsLid(x.Second!.Naam), StringComparer.Ordinal);
        var gemeenten = leden
            .Select(l => new Gemeente(new GemeenteId(l.Id!), namen.TryGetValue(l.Id!, out var naam) ? naam : gelezen.Regio.NaamVan(new GemeenteId(l.Id!)), l.Subregio?.Trim() ?? ""))
            .ToList();
        var nieuw = gelezen.Regio with { Naam = wijziging.Naam!.Trim(), Gemeenten = gemeenten, LeadGemeente = new GemeenteId(wijziging.LeadGemeente!) };
        if (await DeelnemersAsync(gelezen.Regio, nieuw, cancellationToken).ConfigureAwait(false) is { } bezwaar)
        {
            return new Uitkomst<Regioversie>.Conflict(bezwaar);
        }
        if (nieuw.Naam == gelezen.Regio.Naam && nieuw.LeadGemeente == gelezen.Regio.LeadGemeente && nieuw.Gemeenten.SequenceEqual(gelezen.Regio.Gemeenten))
        {
            return gelezen;
        }
        if (!RegioStore.FitsOneWrite(gelezen, nieuw))
        {
            return new Uitkomst<Regioversie>.Ongeldig(new Dictionary<string, string> { ["gemeenten"] = "Zoveel gemeenten tegelijk wisselen past niet in één wijziging. Doe het in twee stappen." });
        }
        var audit = new AuditEvent(time.GetUtcNow(), actor.AuditNaam, "Regio gewijzigd", $"regio:{id}", Json.Write(gelezen.Regio), Json.Write(nieuw));
        return await regios.SaveAsync(gelezen, nieuw, audit, cancellationToken).ConfigureAwait(false) is { } opgeslagen
            ? opgeslagen
            : new Uitkomst<Regioversie>.Conflict(Tegelijk, Verouderd: true);
    }

    /// <summary>What stops members from leaving: the regional trajecten of this regio in which they take part; null when nothing does.</summary>
    private async Task<string?> DeelnemersAsync(Domain.Regios.Regio was, Domain.Regios.Regio wordt, CancellationToken cancellationToken)
    {
        var weg = was.Gemeenten.Where(g => !wordt.HeeftGemeente(g.Id)).ToList();
        if (weg.Count == 0)
        {
            return null;
        }
        var regionaal = await trajecten.ListForOwnerAsync(new Eigenaar.DeRegio(was.Id), cancellationToken).ConfigureAwait(false);
        var bezwaren = weg
            .SelectMany(g => regionaal.Where(t => t.Deelnemers.Contains(g.Id)).Select(t => $"{g.Naam} neemt deel aan het regionale traject '{t.Naam}'."))
            .ToList();
        return bezwaren.Count == 0 ? null : $"{string.Join(" ", bezwaren)} Een deelnemer van een regionaal traject blijft lid van de regio.";
    }
}
