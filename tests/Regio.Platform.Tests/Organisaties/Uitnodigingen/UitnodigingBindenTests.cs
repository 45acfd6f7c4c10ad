using Regio.Domain.Organisaties;
using Regio.Platform.Organisaties.Uitnodigingen;
using Regio.Platform.Toegang;
using Regio.Tests;

namespace Regio.Platform.Tests.Organisaties.Uitnodigingen;

/// <summary>At the first sign-in of a matching account, an open invitation becomes a membership; nothing else binds.</summary>
public sealed class UitnodigingBindenTests(AzuriteFixture azurite) : UitnodigingTestBasis(azurite)
{
    private const string Adres = "nieuwe.collega@haarlem.example";

    [Fact]
    public async Task A_new_account_of_Haarlem_with_the_invited_address_becomes_a_member_with_the_invited_roles()
    {
        var anna = await Als("haarlem-inkoper");
        await VerstuurAsync(anna, Adres, "lezer", "beoordelaar");
        var persoon = Guid.NewGuid();

        var actor = await MeldAanAsync(anna.TenantId, persoon, "Nieuwe.Collega@Haarlem.example");

        Assert.Equal((Haarlem, "beoordelaar,lezer"), (actor?.Organisatie?.Id, string.Join(',', actor!.Rollen.Order().Select(r => r.Naam()))));
        var uitnodiging = Assert.Single(Assert.IsType<Uitkomst<IReadOnlyList<Uitnodiging>>.Gelukt>(await Bekijken.ListAsync(anna, Haarlem, Ct)).Waarde);
        Assert.Equal((Uitnodigingsstaat.Gebruikt, persoon, Storage.Time.GetUtcNow()), (uitnodiging.Staat(Storage.Time.GetUtcNow()), uitnodiging.Gebruikt?.ObjectId, uitnodiging.Gebruikt?.Op));
        Assert.Contains(await AuditAsync(Haarlem), e => e.Actie == "Uitnodiging gebruikt" && e.Onderwerp == $"lid:{anna.TenantId}:{persoon}");
        Assert.Equal(Haarlem, (await Storage.Organisaties.FindLidAsync(anna.TenantId, persoon, Ct))?.Lid.Organisatie);
    }

    [Fact]
    public async Task A_used_invitation_does_not_bind_a_second_account_with_the_same_address()
    {
        var anna = await Als("haarlem-inkoper");
        await VerstuurAsync(anna, Adres, "lezer");
        await MeldAanAsync(anna.TenantId, Guid.NewGuid(), Adres);

        var tweede = await MeldAanAsync(anna.TenantId, Guid.NewGuid(), Adres);

        Assert.Null(tweede?.Organisatie);
    }

    [Fact]
    public async Task An_expired_invitation_does_not_bind()
    {
        var anna = await Als("haarlem-inkoper");
        await VerstuurAsync(anna, Adres, "lezer");
        Storage.Time.Advance(Uitnodiging.Geldigheid);

        var actor = await MeldAanAsync(anna.TenantId, Guid.NewGuid(), Adres);

        Assert.Null(actor?.Organisatie);
    }

    [Fact]
    public async Task A_revoked_invitation_does_not_bind()
    {
        var anna = await Als("haarlem-inkoper");
        var uitnodiging = await VerstuurAsync(anna, Adres, "lezer");
        await Intrekken.RevokeAsync(anna, uitnodiging.Id, Ct);

        var actor = await MeldAanAsync(anna.TenantId, Guid.NewGuid(), Adres);

        Assert.Null(actor?.Organisatie);
    }

    [Fact]
    public async Task An_account_of_another_registered_tenant_with_the_invited_address_is_not_bound()
    {
        var anna = await Als("haarlem-inkoper");
        var velsen = await Als("velsen-inkoper");
        await VerstuurAsync(anna, Adres, "lezer");

        var actor = await MeldAanAsync(velsen.TenantId, Guid.NewGuid(), Adres);

        Assert.Equal((Uitnodigingsstaat.Open, (OrganisatieId?)null),
            ((Assert.IsType<Uitkomst<IReadOnlyList<Uitnodiging>>.Gelukt>(await Bekijken.ListAsync(anna, Haarlem, Ct)).Waarde)[0].Staat(Storage.Time.GetUtcNow()), actor?.Organisatie?.Id));
    }

    [Fact]
    public async Task Twenty_concurrent_first_requests_bind_the_invitation_once()
    {
        var anna = await Als("haarlem-inkoper");
        await VerstuurAsync(anna, Adres, "lezer");
        var persoon = Guid.NewGuid();

        var actors = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Resolver.ResolveAsync(anna.TenantId, persoon, "Nieuwe Collega", Adres, Ct)));

        Assert.All(actors, a => Assert.Equal(Haarlem, a?.Organisatie?.Id));
        Assert.Single(await AuditAsync(Haarlem), e => e.Actie == "Uitnodiging gebruikt");
    }
}
