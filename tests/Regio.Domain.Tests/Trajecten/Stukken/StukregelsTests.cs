using Regio.Domain.Regios;
using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Stukken;

namespace Regio.Domain.Tests.Trajecten.Stukken;

public class StukregelsTests
{
    private static readonly Traject MetTweePercelen = new(
        new TrajectId("dagbesteding"), "Dagbesteding (demo)", new Eigenaar.EenGemeente(new GemeenteId("haarlem")), [], null, null,
        [new Perceel(1, "Noord", []), new Perceel(2, "Zuid", [])], []);

    private static Aanbestedingsstuk Stuk(string id, string titel, int? perceel, params int[] versies) =>
        new(id, titel, perceel, versies.Select(n => new StukVersie(n, "a.pdf", "Pdf", 1, "00", DateTimeOffset.UnixEpoch, "Anna (demo)", null)).ToList());

    [Theory]
    [InlineData("Beschrijvend document", "beschrijvend-document")]
    [InlineData("  Nota's & bijlagen — perceel 2  ", "nota-s-bijlagen-perceel-2")]
    [InlineData("Prijsblad éénmalig", "prijsblad-eenmalig")]
    [InlineData("!!!", "document")]
    public void A_new_document_gets_a_readable_id_from_its_title(string titel, string id) =>
        Assert.Equal(id, Stukregels.NieuwId(titel, []));

    [Fact]
    public void An_id_already_in_use_gets_the_next_free_number() =>
        Assert.Equal("prijsblad-3", Stukregels.NieuwId("Prijsblad", ["prijsblad", "prijsblad-2"]));

    [Fact]
    public void The_next_version_follows_the_highest_even_after_a_gap() =>
        Assert.Equal(4, Stuk("a", "A", null, 1, 3).VolgendeVersie);

    [Theory]
    [InlineData(@"C:\Users\anna\Bestek v2.pdf", "Bestek v2.pdf")]
    [InlineData("map/bestek.pdf", "bestek.pdf")]
    [InlineData("", "document.pdf")]
    [InlineData("..", "document.pdf")]
    [InlineData("be\u0000stek.pdf", "bestek.pdf")]
    public void The_file_name_offered_on_download_is_the_last_part_of_what_was_sent(string gegeven, string naam) =>
        Assert.Equal(naam, Stukregels.Bestandsnaam(gegeven, "pdf"));

    [Fact]
    public void Each_rule_that_refuses_a_new_document_is_named()
    {
        var bestaande = new[] { Stuk("prijsblad", "Prijsblad", 1, 1) };

        Assert.IsType<StukWeigering.GeenTitel>(Assert.Single(Stukregels.ControleerNieuw(" ", null, MetTweePercelen, bestaande)));
        Assert.IsType<StukWeigering.TitelTeLang>(Assert.Single(Stukregels.ControleerNieuw(new string('x', 201), null, MetTweePercelen, bestaande)));
        Assert.IsType<StukWeigering.TitelBestaat>(Assert.Single(Stukregels.ControleerNieuw("PRIJSBLAD", 1, MetTweePercelen, bestaande)));
        Assert.Equal(new StukWeigering.OnbekendPerceel(3, [1, 2]).Melding,
            Assert.Single(Stukregels.ControleerNieuw("Bijlage", 3, MetTweePercelen, bestaande)).Melding);
        Assert.Empty(Stukregels.ControleerNieuw("Prijsblad", 2, MetTweePercelen, bestaande));
        Assert.IsType<StukWeigering.ToelichtingTeLang>(Stukregels.ControleerToelichting(new string('x', 1001)));
    }
}
