using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Vragen;
using Regio.Platform.Trajecten.Vragen;
using Regio.Tests;

namespace Regio.Platform.Tests.Trajecten.Vragen;

public class VragenStellenTests(AzuriteFixture azurite) : VragenTestBasis(azurite)
{
    [Fact]
    public async Task An_aanbieder_sees_its_own_question_but_another_aanbieder_does_not()
    {
        var jeugdzorg = await Als("jeugdzorg-tekenbevoegde");

        var vraag = Gelukt(await Vraagstelling.AskAsync(jeugdzorg, Jeugdhulp, 1, "Geldt de reële tarieven ook voor perceel 1?", Ct));

        Assert.Equal(1, vraag.Nummer);
        Assert.Equal([1], (await OverzichtAsync(jeugdzorg)).EigenVragen.Select(v => v.Nummer));
        var thuishulp = await OverzichtAsync(await Als("thuishulp-medewerker"));
        Assert.Empty(thuishulp.EigenVragen);
        Assert.Empty(thuishulp.AlleVragen);
        Assert.True(thuishulp.MagVragen, "Een andere aanbieder mag zelf ook vragen stellen.");
    }

    [Fact]
    public async Task The_owner_sees_who_asked_and_a_colleague_of_the_asker_sees_the_question_too()
    {
        Gelukt(await Vraagstelling.AskAsync(await Als("jeugdzorg-tekenbevoegde"), Jeugdhulp, null, "Hoe lang duurt de dialoog?", Ct));

        var eigenaar = await OverzichtAsync(await Als("regio-coordinator"));
        var collega = await OverzichtAsync(await Als("jeugdzorg-medewerker"));

        var vraag = Assert.Single(eigenaar.AlleVragen).Vraag;
        Assert.Equal(("demo-jeugdzorg-kennemerland", "Petra Willems (demo)"), (vraag.Vragensteller.Organisatie.Value, vraag.Vragensteller.Persoon));
        Assert.Null(vraag.Perceel);
        Assert.Equal("Hoe lang duurt de dialoog?", Assert.Single(collega.EigenVragen).Tekst);
    }

    [Fact]
    public async Task Asking_on_an_unpublished_traject_is_not_found_for_an_aanbieder()
    {
        Gelukt(await Aanmaken.CreateAsync(await Als("haarlem-inkoper"), Lokaal("dagbesteding-2027", "Noord"), Ct));

        var uitkomst = await Vraagstelling.AskAsync(await Als("jeugdzorg-tekenbevoegde"), new TrajectId("dagbesteding-2027"), null, "Wanneer start dit?", Ct);

        Assert.IsType<Uitkomst<EigenVraag>.NietGevonden>(uitkomst);
    }

    [Theory]
    [InlineData("velsen-inkoper")]
    [InlineData("regio-coordinator")]
    [InlineData("platform-beheerder")]
    public async Task Someone_who_is_not_an_aanbieder_cannot_ask_a_question(string gebruiker)
    {
        var uitkomst = await Vraagstelling.AskAsync(await Als(gebruiker), Jeugdhulp, null, "Mag ik ook iets vragen?", Ct);

        var geweigerd = Assert.IsType<Uitkomst<EigenVraag>.Geweigerd>(uitkomst);
        Assert.Contains("aanbieder", geweigerd.Reden, StringComparison.Ordinal);
        Assert.Empty((await OverzichtAsync(await Als("regio-coordinator"))).AlleVragen);
    }

    [Theory]
    [InlineData(null, "   ", "tekst", nameof(VraagWeigering.LegeVraag))]
    [InlineData(9, "Over een perceel dat er niet is", "perceel", nameof(VraagWeigering.OnbekendPerceel))]
    public async Task A_question_that_breaks_a_rule_is_refused_per_field_and_not_stored(int? perceel, string tekst, string veld, string regel)
    {
        var jeugdzorg = await Als("jeugdzorg-tekenbevoegde");

        var uitkomst = await Vraagstelling.AskAsync(jeugdzorg, Jeugdhulp, perceel, tekst, Ct);

        var ongeldig = Assert.IsType<Uitkomst<EigenVraag>.Ongeldig>(uitkomst);
        Assert.True(ongeldig.Fouten.ContainsKey(veld), $"Verwacht een fout bij '{veld}' ({regel}), kreeg: {string.Join(", ", ongeldig.Fouten.Keys)}");
        Assert.Empty((await OverzichtAsync(jeugdzorg)).EigenVragen);
    }

    [Fact]
    public async Task Questions_asked_at_the_same_time_each_get_their_own_number()
    {
        var jeugdzorg = await Als("jeugdzorg-tekenbevoegde");
        var thuishulp = await Als("thuishulp-medewerker");

        var uitkomsten = await Task.WhenAll(Enumerable.Range(1, 4).Select(i =>
            Vraagstelling.AskAsync(i % 2 == 0 ? jeugdzorg : thuishulp, Jeugdhulp, null, $"Gelijktijdige vraag {i}", Ct)));

        Assert.Equal([1, 2, 3, 4], uitkomsten.Select(Gelukt).Select(v => v.Nummer).Order());
        Assert.Equal(4, (await OverzichtAsync(await Als("regio-coordinator"))).AlleVragen.Count);
    }
}
