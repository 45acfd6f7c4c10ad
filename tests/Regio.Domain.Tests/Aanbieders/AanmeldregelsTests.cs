using Regio.Domain.Aanbieders;
using Regio.Domain.Organisaties;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Fasemachine;

namespace Regio.Domain.Tests.Aanbieders;

public class AanmeldregelsTests
{
    private static readonly DateOnly Vandaag = new(2026, 5, 11);
    private static readonly DateTimeOffset Nu = new(2026, 5, 11, 10, 0, 0, TimeSpan.Zero);
    private static readonly TrajectId Traject = new("jeugd (demo)");
    private static readonly Perceel Open = new(2, "Enkelvoudige jeugdhulp", [new FaseOvergang(Fase.Aangekondigd, Vandaag.AddDays(-10), "")]);
    private static readonly Organisatie Jeugdzorg = Aanbieder("jeugdzorg");
    private static readonly Organisatie Thuishulp = Aanbieder("thuishulp");
    private static readonly Organisatie Welzijn = Aanbieder("welzijn");
    private static readonly Verklaring[] Uea = [new(Verklaringsoort.Uea, "Petra (demo)", Nu)];

    private static Organisatie Aanbieder(string id) => new(new(id), OrganisatieSoort.Aanbieder, $"{id} (demo)", null, null, true, null);

    private static T Toegestaan<T>(AanmeldUitkomst<T> uitkomst) => Assert.IsType<AanmeldUitkomst<T>.Toegestaan>(uitkomst).Waarde;

    private static AanmeldWeigering Geweigerd<T>(AanmeldUitkomst<T> uitkomst) => Assert.IsType<AanmeldUitkomst<T>.Geweigerd>(uitkomst).Weigering;

    private static Combinatie Opgericht(IReadOnlyList<Verklaring>? verklaringen = null) =>
        Toegestaan(Aanmeldregels.RichtOp(new("abcdefghij"), "Samen Jeugd (demo)", Traject, Open, Vandaag, Jeugdzorg, verklaringen ?? Uea, null, Nu, "Petra")).Combinatie;

    private static Combinatie MetThuishulp(Combinatie c) => Toegestaan(Aanmeldregels.NodigUit(c, Open, Vandaag, Jeugdzorg.Id, Thuishulp, Nu));

    [Fact]
    public void Registering_is_possible_from_publication_until_the_evaluation_starts()
    {
        var voorbereiding = Open with { Overgangen = [] };
        var beoordeling = Open with { Overgangen = [new FaseOvergang(Fase.Beoordeling, Vandaag, "")] };

        Assert.Null(Aanmeldregels.Open(Open, Vandaag));
        Assert.Null(Aanmeldregels.Open(voorbereiding with { Dossier = Dossier.Leeg with { AankondigingGepubliceerd = Vandaag } }, Vandaag));
        Assert.IsType<AanmeldWeigering.PerceelNietOpen>(Aanmeldregels.Open(voorbereiding, Vandaag));
        Assert.IsType<AanmeldWeigering.PerceelNietOpen>(Geweigerd(Aanmeldregels.MeldAlleenAan(Traject, beoordeling, Vandaag, Jeugdzorg, Uea, null, Nu, "P")));
    }

    [Fact]
    public void An_aanbieder_registers_once_per_perceel_and_alone_only_with_its_UEA()
    {
        var alleen = Toegestaan(Aanmeldregels.MeldAlleenAan(Traject, Open, Vandaag, Jeugdzorg, Uea, null, Nu, "Petra"));

        Assert.Equal("aanbieder|jeugdzorg", alleen.Inschrijver);
        Assert.IsType<AanmeldWeigering.AlAangemeld>(Geweigerd(Aanmeldregels.MeldAlleenAan(Traject, Open, Vandaag, Jeugdzorg, Uea, alleen, Nu, "P")));
        Assert.IsType<AanmeldWeigering.AlAangemeld>(Geweigerd(Aanmeldregels.RichtOp(new("abcdefghij"), "X", Traject, Open, Vandaag, Jeugdzorg, [], alleen, Nu, "P")));
        Assert.IsType<AanmeldWeigering.GeenUea>(Geweigerd(Aanmeldregels.MeldAlleenAan(Traject, Open, Vandaag, Thuishulp, [], null, Nu, "Q")));
    }

    [Fact]
    public void A_combinatie_counts_as_registered_only_with_two_confirmed_members_that_each_gave_the_UEA()
    {
        var zonderUea = MetThuishulp(Opgericht([]));
        Assert.False(zonderUea.IsAangemeld);

        var (bevestigd, aanmelding) = Toegestaan(Aanmeldregels.Bevestig(zonderUea, Open, Vandaag, Thuishulp.Id, Uea, null, Nu, "Quinten"));
        Assert.Equal("combinatie|abcdefghij", aanmelding.Inschrijver);
        Assert.False(bevestigd.IsAangemeld);
        Assert.Contains(bevestigd.Ontbreekt(), o => o.Contains("jeugdzorg (demo)", StringComparison.Ordinal));

        var compleet = Toegestaan(Aanmeldregels.Verklaar(bevestigd, Jeugdzorg.Id, Uea));
        Assert.True(compleet.IsAangemeld);
        Assert.Equal([Jeugdzorg.Id, Thuishulp.Id], compleet.AlsInschrijver().Leden);
    }

    [Fact]
    public void Only_the_penvoerder_invites_and_only_aanbieders_that_are_not_in_it_yet()
    {
        var c = MetThuishulp(Opgericht());
        var gemeente = new Organisatie(new("haarlem"), OrganisatieSoort.Gemeente, "Haarlem", Guid.NewGuid(), null, false, null);

        Assert.IsType<AanmeldWeigering.AlleenPenvoerder>(Geweigerd(Aanmeldregels.NodigUit(c, Open, Vandaag, Thuishulp.Id, Welzijn, Nu)));
        Assert.IsType<AanmeldWeigering.GeenAanbieder>(Geweigerd(Aanmeldregels.NodigUit(c, Open, Vandaag, Jeugdzorg.Id, gemeente, Nu)));
        Assert.IsType<AanmeldWeigering.GeenAanbieder>(Geweigerd(Aanmeldregels.NodigUit(c, Open, Vandaag, Jeugdzorg.Id, null, Nu)));
        Assert.IsType<AanmeldWeigering.AlBetrokken>(Geweigerd(Aanmeldregels.NodigUit(c, Open, Vandaag, Jeugdzorg.Id, Thuishulp, Nu)));
        Assert.IsType<AanmeldWeigering.AlBetrokken>(Geweigerd(Aanmeldregels.NodigUit(c, Open, Vandaag, Jeugdzorg.Id, Jeugdzorg, Nu)));
    }

    [Fact]
    public void Only_an_invited_member_confirms_or_declines_and_a_declined_one_can_be_invited_again()
    {
        var c = MetThuishulp(Opgericht());

        Assert.IsType<AanmeldWeigering.GeenLid>(Geweigerd(Aanmeldregels.Bevestig(c, Open, Vandaag, Welzijn.Id, [], null, Nu, "W")));
        Assert.IsType<AanmeldWeigering.NietUitgenodigd>(Geweigerd(Aanmeldregels.Bevestig(c, Open, Vandaag, Jeugdzorg.Id, [], null, Nu, "P")));
        Assert.IsType<AanmeldWeigering.NietBevestigd>(Geweigerd(Aanmeldregels.Verklaar(c, Thuishulp.Id, Uea)));
        var afgewezen = Toegestaan(Aanmeldregels.WijsAf(c, Thuishulp.Id, Nu));
        Assert.Equal(Lidstatus.Afgewezen, afgewezen.LidVan(Thuishulp.Id)!.Status);
        Assert.IsType<AanmeldWeigering.NietUitgenodigd>(Geweigerd(Aanmeldregels.Bevestig(afgewezen, Open, Vandaag, Thuishulp.Id, Uea, null, Nu, "Q")));
        Assert.Equal(Lidstatus.Uitgenodigd, MetThuishulp(afgewezen).LidVan(Thuishulp.Id)!.Status);
    }

    [Fact]
    public void A_member_registered_elsewhere_for_the_perceel_cannot_confirm()
    {
        var elders = Toegestaan(Aanmeldregels.MeldAlleenAan(Traject, Open, Vandaag, Thuishulp, Uea, null, Nu, "Quinten"));

        var weigering = Geweigerd(Aanmeldregels.Bevestig(MetThuishulp(Opgericht()), Open, Vandaag, Thuishulp.Id, Uea, elders, Nu, "Quinten"));

        Assert.Equal("AlAangemeld", weigering.Code);
        Assert.Contains("alleen", weigering.Melding, StringComparison.Ordinal);
    }

    [Fact]
    public void The_penvoerder_cannot_remove_or_decline_itself_and_only_it_removes_others()
    {
        var c = MetThuishulp(Opgericht());

        Assert.IsType<AanmeldWeigering.PenvoerderBlijft>(Geweigerd(Aanmeldregels.VerwijderLid(c, Jeugdzorg.Id, Jeugdzorg.Id)));
        Assert.IsType<AanmeldWeigering.PenvoerderBlijft>(Geweigerd(Aanmeldregels.WijsAf(c, Jeugdzorg.Id, Nu)));
        Assert.IsType<AanmeldWeigering.AlleenPenvoerder>(Geweigerd(Aanmeldregels.VerwijderLid(c, Thuishulp.Id, Thuishulp.Id)));
        Assert.IsType<AanmeldWeigering.GeenLid>(Geweigerd(Aanmeldregels.VerwijderLid(c, Jeugdzorg.Id, Welzijn.Id)));
        Assert.Null(Toegestaan(Aanmeldregels.VerwijderLid(c, Jeugdzorg.Id, Thuishulp.Id)).LidVan(Thuishulp.Id));
    }

    [Fact]
    public void A_later_statement_replaces_the_earlier_one_of_its_kind_and_a_UEA_hash_must_be_a_SHA256()
    {
        var hash = new string('A', 64);
        var nieuw = Toegestaan(Aanmeldregels.Verklaar([Verklaringsoort.Uea, Verklaringsoort.Geheimhouding], hash, "Quinten", Nu.AddHours(1)));

        var samen = Verklaringen.Samen([.. Uea, new(Verklaringsoort.GeenUitsluitingsgronden, "Petra", Nu)], nieuw);

        Assert.Equal(3, samen.Count);
        Assert.Equal(new string('a', 64), samen.Single(v => v.Soort == Verklaringsoort.Uea).DocumentSha256);
        Assert.IsType<AanmeldWeigering.OngeldigeHash>(Geweigerd(Aanmeldregels.Verklaar([Verklaringsoort.Uea], "abc", "Q", Nu)));
        Assert.IsType<AanmeldWeigering.OngeldigeNaam>(Geweigerd(Aanmeldregels.RichtOp(new("abcdefghij"), " ", Traject, Open, Vandaag, Jeugdzorg, [], null, Nu, "P")));
    }
}
