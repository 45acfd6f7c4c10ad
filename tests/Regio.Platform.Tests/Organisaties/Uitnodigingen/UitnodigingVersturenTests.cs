using Regio.Platform.Audit;
using Regio.Platform.Organisaties;
using Regio.Platform.Organisaties.Uitnodigingen;
using Regio.Platform.Storage;
using Regio.Tests;

namespace Regio.Platform.Tests.Organisaties.Uitnodigingen;

/// <summary>Sending, listing and revoking invitations: who may, what is checked, what is audited.</summary>
public sealed class UitnodigingVersturenTests(AzuriteFixture azurite) : UitnodigingTestBasis(azurite)
{
    [Fact]
    public async Task Haarlem_inkoper_invites_a_colleague_for_fourteen_days_with_an_unguessable_code_and_it_is_audited()
    {
        var anna = await Als("haarlem-inkoper");

        var uitnodiging = await VerstuurAsync(anna, "  Nieuwe.Collega@Haarlem.example ", "lezer", "beoordelaar");

        Assert.Equal(("nieuwe.collega@haarlem.example", Storage.Time.GetUtcNow().AddDays(14)), (uitnodiging.Upn, uitnodiging.VerlooptOp));
        Assert.Matches("^[0-9a-f]{32}$", uitnodiging.Id);
        Assert.NotEqual(uitnodiging.Id, (await VerstuurAsync(anna, "ander@haarlem.example", "lezer")).Id);
        var audit = await AuditAsync(Haarlem);
        Assert.Contains(audit, e => e.Actie == "Uitnodiging verstuurd" && e.Onderwerp == "uitnodiging:nieuwe.collega@haarlem.example");
        Assert.Null(await AuditControle.VerifyPartitionAsync(Storage.Clients.Table(Names.OrganisatiesTable), OrganisatieStore.OrganisatiePartition(Haarlem), Ct));
    }

    [Fact]
    public async Task A_second_open_invitation_for_the_same_address_is_refused_until_the_first_expired()
    {
        var anna = await Als("haarlem-inkoper");
        await VerstuurAsync(anna, "nieuw@haarlem.example", "lezer");

        var nogmaals = await Versturen.SendAsync(anna, Haarlem, "NIEUW@haarlem.example", ["inkoper"], Ct);
        Storage.Time.Advance(Uitnodiging.Geldigheid);
        var opnieuw = await Versturen.SendAsync(anna, Haarlem, "nieuw@haarlem.example", ["inkoper"], Ct);

        Assert.IsType<Uitkomst<Uitnodiging>.Conflict>(nogmaals);
        Assert.IsType<Uitkomst<Uitnodiging>.Gelukt>(opnieuw);
        var lijst = Assert.IsType<Uitkomst<IReadOnlyList<Uitnodiging>>.Gelukt>(await Bekijken.ListAsync(anna, Haarlem, Ct)).Waarde;
        Assert.Equal([Uitnodigingsstaat.Open, Uitnodigingsstaat.Verlopen], lijst.Select(u => u.Staat(Storage.Time.GetUtcNow())));
    }

    [Theory]
    [InlineData("geen-adres", "lezer", "upn")]
    [InlineData("twee@a.nl; drie@b.nl", "lezer", "upn")]
    [InlineData("", "lezer", "upn")]
    [InlineData("nieuw@haarlem.example", "tekenbevoegde", "rollen")]
    [InlineData("nieuw@haarlem.example", null, "rollen")]
    public async Task A_bad_address_or_role_is_named_at_its_field_and_nothing_is_sent(string upn, string? rol, string veld)
    {
        var anna = await Als("haarlem-inkoper");

        var uitkomst = await Versturen.SendAsync(anna, Haarlem, upn, rol is null ? [] : [rol], Ct);

        Assert.Equal([veld], Assert.IsType<Uitkomst<Uitnodiging>.Ongeldig>(uitkomst).Fouten.Keys);
        Assert.Empty(Assert.IsType<Uitkomst<IReadOnlyList<Uitnodiging>>.Gelukt>(await Bekijken.ListAsync(anna, Haarlem, Ct)).Waarde);
    }

    [Fact]
    public async Task Velsen_inkoper_cannot_invite_into_Haarlem_see_its_invitations_or_revoke_them()
    {
        var anna = await Als("haarlem-inkoper");
        var velsen = await Als("velsen-inkoper");
        var uitnodiging = await VerstuurAsync(anna, "nieuw@haarlem.example", "lezer");

        Assert.IsType<Uitkomst<Uitnodiging>.NietGevonden>(await Versturen.SendAsync(velsen, Haarlem, "x@velsen.example", ["lezer"], Ct));
        Assert.IsType<Uitkomst<IReadOnlyList<Uitnodiging>>.NietGevonden>(await Bekijken.ListAsync(velsen, Haarlem, Ct));
        Assert.IsType<Uitkomst<Uitnodiging>.NietGevonden>(await Intrekken.RevokeAsync(velsen, uitnodiging.Id, Ct));
    }

    [Fact]
    public async Task A_Haarlem_lezer_may_not_invite_and_is_told_who_can()
    {
        var eva = await Als("haarlem-lezer");

        var uitkomst = await Versturen.SendAsync(eva, Haarlem, "nieuw@haarlem.example", ["lezer"], Ct);

        Assert.Contains("inkoper", Assert.IsType<Uitkomst<Uitnodiging>.Geweigerd>(uitkomst).Reden, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_is_revoked_once_and_an_unknown_code_is_not_found()
    {
        var anna = await Als("haarlem-inkoper");
        var uitnodiging = await VerstuurAsync(anna, "nieuw@haarlem.example", "lezer");

        var eerste = await Intrekken.RevokeAsync(anna, uitnodiging.Id, Ct);
        var tweede = await Intrekken.RevokeAsync(anna, uitnodiging.Id, Ct);

        Assert.Equal(Uitnodigingsstaat.Ingetrokken, Assert.IsType<Uitkomst<Uitnodiging>.Gelukt>(eerste).Waarde.Staat(Storage.Time.GetUtcNow()));
        Assert.IsType<Uitkomst<Uitnodiging>.Conflict>(tweede);
        Assert.IsType<Uitkomst<Uitnodiging>.NietGevonden>(await Intrekken.RevokeAsync(anna, new string('0', 32), Ct));
        Assert.Contains(await AuditAsync(Haarlem), e => e.Actie == "Uitnodiging ingetrokken");
    }
}
