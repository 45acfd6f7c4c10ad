using Regio.Domain.Trajecten;
using Regio.Platform.Trajecten;
using Regio.Tests;

namespace Regio.Platform.Tests.Trajecten;

public class TrajectZichtbaarheidTests(AzuriteFixture azurite) : TrajectTestBasis(azurite)
{
    [Fact]
    public async Task Velsen_cannot_see_an_unpublished_local_traject_of_Haarlem_but_Haarlems_lezer_can()
    {
        var anna = await Als("haarlem-inkoper");
        Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord", "Zuid"), Ct));

        var velsen = await TrajectBekijken.GetAsync(await Als("velsen-inkoper"), new TrajectId("dagbesteding-2027"), Ct);
        var lezer = await TrajectBekijken.GetAsync(await Als("haarlem-lezer"), new TrajectId("dagbesteding-2027"), Ct);

        Assert.IsType<Uitkomst<TrajectVersie>.NietGevonden>(velsen);
        Assert.Equal("Dagbesteding Haarlem", Gelukt(lezer).Traject.Naam);
        var lijst = Gelukt(await Lijst.ListAsync(await Als("velsen-inkoper"), Ct));
        Assert.DoesNotContain(lijst, v => v.Traject.Id.Value == "dagbesteding-2027");
    }

    [Theory]
    [InlineData("velsen-inkoper")]
    [InlineData("zandvoort-budgethouder")]
    [InlineData("jeugdzorg-medewerker")]
    [InlineData("regio-coordinator")]
    [InlineData("platform-beheerder")]
    public async Task Everybody_with_a_role_sees_the_published_demo_trajecten(string gebruiker)
    {
        var actor = await Als(gebruiker);

        var lijst = Gelukt(await Lijst.ListAsync(actor, Ct));

        var vandaag = Storage.Time.GetUtcNow();
        Assert.Contains(lijst, v => v.Traject.Id.Value == "jeugdhulp-2023");
        Assert.Contains(lijst, v => v.Traject.Id.Value == "gewoon-in-de-wijk");
        Assert.All(lijst, v => Assert.Equal(DateOnly.FromDateTime(vandaag.Date), v.Peildatum));
    }

    [Fact]
    public async Task Someone_without_a_role_sees_no_trajecten()
    {
        var lijst = Gelukt(await Lijst.ListAsync(await Als("haarlem-zonder-rol"), Ct));

        Assert.Empty(lijst);
    }

    [Fact]
    public async Task An_aanbieder_reads_a_published_dialogue_without_who_takes_part_while_the_owners_people_read_the_names()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dialoog-2027", "Jeugdhulp") with { Procedure = Procedure.Dialooggericht }, Ct));
        versie = Gelukt(await Dossier.SaveAsync(anna, versie.Traject.Id, 1, new Domain.Trajecten.Fasemachine.Feit.AankondigingGepubliceerd(versie.Peildatum), versie.Versie, Ct));
        Gelukt(await Dossier.SaveAsync(anna, versie.Traject.Id, 1,
            new Domain.Trajecten.Fasemachine.Feit.DialoogGestart(versie.Peildatum, ["Jeugdzorg Kennemerland B.V. (demo)", "Thuishulp IJmond (demo)"]), versie.Versie, Ct));

        var aanbieder = await Als("jeugdzorg-medewerker");
        var gelezen = Gelukt(await TrajectBekijken.GetAsync(aanbieder, versie.Traject.Id, Ct)).Traject.Percelen[0].Dossier;
        var inLijst = Gelukt(await Lijst.ListAsync(aanbieder, Ct)).Single(v => v.Traject.Id == versie.Traject.Id).Traject.Percelen[0].Dossier;
        var lezer = Gelukt(await TrajectBekijken.GetAsync(await Als("haarlem-lezer"), versie.Traject.Id, Ct)).Traject.Percelen[0].Dossier;

        Assert.Null(gelezen.Dialoog);
        Assert.Null(inLijst.Dialoog);
        Assert.Equal(["Jeugdzorg Kennemerland B.V. (demo)", "Thuishulp IJmond (demo)"], lezer.Dialoog!.Namen);
    }
}
