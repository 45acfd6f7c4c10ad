using Regio.Domain.Organisaties;
using Regio.Domain.Regios;
using Regio.Platform.Audit;
using Regio.Platform.Organisaties;
using Regio.Platform.Storage;
using Regio.Platform.Toegang;

namespace Regio.Platform.Regios;

/// <summary>
/// A platform beheerder onboards a regio in one flow: its new gemeenten become organisations, the regio becomes an
/// organisation (soort Regio; its coordinators sign in with the Entra tenant of its centrumgemeente), and last its
/// partition with the members is written. That last write is the commit point: each write before it accepts what an
/// interrupted attempt of the same request left behind, so retrying the request completes it.
/// </summary>
public sealed class RegioOnboarden(RegioStore regios, OrganisatieStore organisaties, Toegangspoort toegangspoort, TimeProvider time)
{
    public async Task<Uitkomst<Regioversie>> OnboardAsync(Actor actor, Regioaanmelding aanmelding, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(aanmelding);
        if (AccessPolicy.Beslis(actor, Actie.RegiosBeheren, Platform) is Besluit.Geweigerd geweigerd)
        {
            return await toegangspoort.WeigerAsync<Regioversie>(actor, "regio aanmelden", geweigerd, cancellationToken).ConfigureAwait(false);
        }
        var fouten = new Dictionary<string, string>(aanmelding.Controleer());
        // Members are looked up only in a list of a size a regio can have: a list that is too long is refused as such,
        // without a read per element.
        var leden = aanmelding.Gemeenten is { Count: <= Regiocontrole.MaxGemeenten } lijst
            ? lijst.OfType<Regiolid>().Where(l => OrganisatieId.IsValid(l.Id)).ToList()
            : [];
        var geregistreerd = await ReadAsync(leden.Select(l => l.Id!), cancellationToken).ConfigureAwait(false);
        var onbekend = leden.Where(l => l.Nieuw is null && geregistreerd[l.Id!] is not { Soort: OrganisatieSoort.Gemeente }).Select(l => l.Id!).ToList();
        if (onbekend.Count > 0)
        {
            Regiocontrole.Voeg(fouten, "gemeenten", Regiocontrole.Onbekend(onbekend));
        }
        var anders = new List<string>();
        foreach (var (lid, i) in (aanmelding.Gemeenten ?? []).Select((l, i) => (l, i)))
        {
            if (lid is not { Nieuw: not null } || !OrganisatieId.IsValid(lid.Id) || geregistreerd.GetValueOrDefault(lid.Id!) is not { } bezet || bezet == NieuweOrganisatie(lid))
            {
                continue;
            }
            if (bezet.Soort != OrganisatieSoort.Gemeente)
            {
                fouten[$"gemeenten[{i}].id"] = $"Het id '{lid.Id}' is al in gebruik door {bezet.Naam}. Kies een ander id voor de nieuwe gemeente.";
            }
            else if (NieuweOrganisatie(lid) is not null)
            {
                anders.Add(lid.Id!);
            }
        }
        if (fouten.Count > 0)
        {
            return new Uitkomst<Regioversie>.Ongeldig(fouten);
        }
        // A gemeente by that id is on the platform with another name or tenant: an earlier attempt with other data, or another gemeente.
        if (anders.Count > 0)
        {
            return Bezet($"Er staat al een gemeente met id {Regiocontrole.Opsomming(anders)} op Regio, met een andere naam of Entra-tenant. " +
                "Kies haar als bestaande gemeente, of geef de nieuwe gemeente een ander id.");
        }

        var id = new OrganisatieId(aanmelding.GekozenId!);
        var regioId = new RegioId(id.Value);
        var lead = leden.Single(l => l.Id == aanmelding.LeadGemeente);
        var regioOrganisatie = new Organisatie(id, OrganisatieSoort.Regio, Regionamen.AlsRegioOrganisatie(aanmelding.Naam!), lead.Nieuw?.Tenant ?? geregistreerd[lead.Id!]!.TenantId,
            null, false, new OrganisatieId(lead.Id!));
        if (await regios.GetAsync(regioId, cancellationToken).ConfigureAwait(false) is not null)
        {
            return Bezet($"Er is al een regio met id '{id}'. Kies een ander id.");
        }
        if (await organisaties.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } andere && andere != regioOrganisatie)
        {
            return Bezet($"Het id '{id}' is al in gebruik door de organisatie {andere.Naam}. Kies een ander id voor de regio.");
        }

        foreach (var nieuw in leden.Select(NieuweOrganisatie).OfType<Organisatie>())
        {
            if (!await RegisterAsync(actor, nieuw, cancellationToken).ConfigureAwait(false))
            {
                return Bezet($"Het id '{nieuw.Id}' is intussen in gebruik genomen door een andere organisatie. Kies een ander id voor de nieuwe gemeente.");
            }
        }
        if (!await RegisterAsync(actor, regioOrganisatie, cancellationToken).ConfigureAwait(false))
        {
            return Bezet($"Het id '{id}' is intussen in gebruik genomen door een andere organisatie. Kies een ander id voor de regio.");
        }
        var gemeenten = leden.Select(l => new Gemeente(new GemeenteId(l.Id!), l.Nieuw?.Naam?.Trim() ?? Regionamen.AlsLid(geregistreerd[l.Id!]!.Naam), l.Subregio?.Trim() ?? "")).ToList();
        var regio = new Domain.Regios.Regio(regioId, aanmelding.Naam!.Trim(), gemeenten, new GemeenteId(lead.Id!));
        var audit = new AuditEvent(time.GetUtcNow(), actor.AuditNaam, "Regio aangemaakt", $"regio:{regioId}", null, Json.Write(regio));
        if (!await regios.AddAsync(regio, audit, cancellationToken).ConfigureAwait(false))
        {
            return Bezet($"Er is intussen een regio met id '{id}' aangemaakt. Kies een ander id.");
        }
        return (await regios.ReadAsync(regioId, cancellationToken).ConfigureAwait(false))!;
    }

    /// <summary>The registered gemeenten a beheerder can choose from for a new regio; refused to anyone else.</summary>
    public async Task<Uitkomst<IReadOnlyList<Organisatie>>> ListGemeentenAsync(Actor actor, CancellationToken cancellationToken)
    {
        var besluit = AccessPolicy.Beslis(actor, Actie.RegiosBeheren, Platform);
        if (besluit is not Besluit.Toegestaan toegestaan)
        {
            return await toegangspoort.WeigerAsync<IReadOnlyList<Organisatie>>(actor, "regio's beheren", besluit, cancellationToken).ConfigureAwait(false);
        }
        var alle = await organisaties.ListAsync(toegestaan.Scope, cancellationToken).ConfigureAwait(false);
        return new Uitkomst<IReadOnlyList<Organisatie>>.Gelukt(alle.Where(o => o.Soort == OrganisatieSoort.Gemeente).OrderBy(o => o.Naam, StringComparer.CurrentCulture).ToList());
    }

    /// <summary>Each named organisation as registered, or null; one point read each, side by side.</summary>
    private async Task<Dictionary<string, Organisatie?>> ReadAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var uniek = ids.Distinct(StringComparer.Ordinal).ToList();
        var gelezen = await Task.WhenAll(uniek.Select(id => organisaties.GetAsync(new OrganisatieId(id), cancellationToken))).ConfigureAwait(false);
        return uniek.Zip(gelezen).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal);
    }

    /// <summary>
    /// Registers the organisation, audited; true too when exactly this organisation is there already (an earlier attempt
    /// wrote it), whose tenant is then allowed again in case that attempt stopped in between.
    /// </summary>
    private async Task<bool> RegisterAsync(Actor actor, Organisatie organisatie, CancellationToken cancellationToken)
    {
        var audit = new AuditEvent(time.GetUtcNow(), actor.AuditNaam, "Organisatie geregistreerd", $"organisatie:{organisatie.Id}", null, Json.Write(organisatie));
        if (await organisaties.AddAsync(organisatie, audit, cancellationToken).ConfigureAwait(false))
        {
            return true;
        }
        if (await organisaties.GetAsync(organisatie.Id, cancellationToken).ConfigureAwait(false) != organisatie)
        {
            return false;
        }
        await organisaties.AllowTenantAsync(organisatie, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static Organisatie? NieuweOrganisatie(Regiolid lid) => lid.Nieuw is { Tenant: { } tenant, Naam: { } naam } && !string.IsNullOrWhiteSpace(naam)
        ? new Organisatie(new OrganisatieId(lid.Id!), OrganisatieSoort.Gemeente, Regionamen.AlsGemeenteOrganisatie(naam), tenant, null, false, null)
        : null;

    private static Uitkomst<Regioversie>.Conflict Bezet(string melding) => new(melding);

    /// <summary>The platform itself: the organisation the policy is asked about for onboarding regio's.</summary>
    private static readonly OrganisatieId Platform = new("platform");
}
