using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Dialogen;
using Regio.Domain.Trajecten.Fasemachine;
using Regio.Platform.Aanbieders;
using Regio.Platform.Tests.Documenten;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Dialogen;
using Regio.Tests;

namespace Regio.Platform.Tests.Trajecten.Dialogen;

public class DialoogTests(AzuriteFixture azurite) : TrajectTestBasis(azurite)
{
    private const string Jeugdzorg = "aanbieder|demo-jeugdzorg-kennemerland";

    private DialoogStore Store => new(Storage.Clients);

    private DialoogPoort Poort => new(Storage.TrajectPoort, Store, new Inschrijvers(new AanmeldingStore(Storage.Clients)));

    private Dialoogwijziging Wijziging => new(Poort, Store, Storage.Time);

    private DialoogBekijken Bekijken => new(Poort, Store, Storage.Time);

    private RondePlannen Rondes => new(Wijziging);

    private SessiePlannen Sessies => new(Poort, Store, Storage.Time);

    private SessieBekijken Sessie => new(Poort, Store);

    private DocumentOpenen Documenten => new(Poort, Store);

    /// <summary>A published dialooggericht traject of Haarlem with two participants and one round.</summary>
    private async Task<(Actor Anna, TrajectId Id)> DialoogMetRondeAsync()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("jeugd-dialoog-2027", "Specialistische jeugdhulp") with { Procedure = Procedure.Dialooggericht }, Ct));
        Gelukt(await Dossier.SaveAsync(anna, versie.Traject.Id, 1, new Feit.AankondigingGepubliceerd(versie.Peildatum), versie.Versie, Ct));
        Gelukt(await new DeelnemerToevoegen(Wijziging, Storage.Organisaties).AddAsync(anna, versie.Traject.Id, 1, "demo-jeugdzorg-kennemerland", Ct));
        Gelukt(await new DeelnemerToevoegen(Wijziging, Storage.Organisaties).AddAsync(anna, versie.Traject.Id, 1, "demo-thuishulp-ijmond", Ct));
        Gelukt(await Rondes.ScheduleAsync(anna, versie.Traject.Id, 1, "Ronde 1: kwaliteit", versie.Peildatum, versie.Peildatum.AddDays(14), Ct));
        return (anna, versie.Traject.Id);
    }

    [Fact]
    public async Task Minutes_of_a_session_with_one_aanbieder_are_invisible_to_another_but_visible_to_it_and_the_owner()
    {
        var (anna, id) = await DialoogMetRondeAsync();
        var dag = Storage.Time.GetUtcNow();
        var sessie = Gelukt(await Sessies.ScheduleAsync(anna, id, 1, 1, Jeugdzorg, DateOnly.FromDateTime(dag.Date).AddDays(2), new TimeOnly(10, 0), "Stadhuis Haarlem", Ct));
        Gelukt(await new VerslagVastleggen(Poort, Store, Storage.Time).SaveAsync(anna, id, 1, 1, Jeugdzorg, "Besproken: wachttijden (demo).",
            [new Afspraak("Cijfers aanleveren", "Jeugdzorg Kennemerland", DateOnly.FromDateTime(dag.Date).AddDays(7))], sessie.Versie!.Value, Ct));

        var petra = await Als("jeugdzorg-tekenbevoegde");
        var quinten = await Als("thuishulp-medewerker");
        var eigen = Gelukt(await Sessie.GetAsync(petra, id, 1, 1, Jeugdzorg, Ct));
        var vreemd = await Sessie.GetAsync(quinten, id, 1, 1, Jeugdzorg, Ct);
        var lezer = Gelukt(await Sessie.GetAsync(await Als("haarlem-lezer"), id, 1, 1, Jeugdzorg, Ct));

        Assert.Equal("Besproken: wachttijden (demo).", eigen.Waarde.Verslag!.Tekst);
        Assert.IsType<Uitkomst<Stand<Dialoogsessie>>.NietGevonden>(vreemd);
        Assert.Equal(eigen.Waarde.Verslag.Afspraken, lezer.Waarde.Verslag!.Afspraken);
        Assert.Empty(Gelukt(await Bekijken.GetAsync(quinten, id, 1, Ct)).Sessies);
        Assert.Single(Gelukt(await Bekijken.GetAsync(petra, id, 1, Ct)).Sessies);
        Assert.Single(Gelukt(await Bekijken.GetAsync(anna, id, 1, Ct)).Sessies);
    }

    [Fact]
    public async Task A_participant_sees_itself_as_the_only_participant_while_the_owners_people_see_all()
    {
        var (anna, id) = await DialoogMetRondeAsync();

        var petra = Gelukt(await Bekijken.GetAsync(await Als("jeugdzorg-tekenbevoegde"), id, 1, Ct));
        var eva = Gelukt(await Bekijken.GetAsync(await Als("haarlem-lezer"), id, 1, Ct));

        Assert.Equal([Jeugdzorg], petra.Dialoog.Deelnemers.Select(d => d.Sleutel));
        Assert.False(petra.DeelnemersZichtbaar);
        Assert.Equal(2, eva.Dialoog.Deelnemers.Count);
        Assert.Equal(2, Gelukt(await Bekijken.GetAsync(anna, id, 1, Ct)).Dialoog.Deelnemers.Count);
    }

    [Fact]
    public async Task Only_the_owner_plans_and_a_non_participant_does_not_learn_the_dialogue_exists()
    {
        var (_, id) = await DialoogMetRondeAsync();

        Assert.IsType<Uitkomst<Stand<Dialoog>>.Geweigerd>(await Rondes.ScheduleAsync(await Als("haarlem-lezer"), id, 1, "Lek", default, default, Ct));
        Assert.IsType<Uitkomst<Stand<Dialoog>>.NietGevonden>(await Rondes.ScheduleAsync(await Als("velsen-inkoper"), id, 1, "Lek", default, default, Ct));
        Assert.IsType<Uitkomst<Dialoogbeeld>.NietGevonden>(await Bekijken.GetAsync(await Als("velsen-inkoper"), id, 1, Ct));
        Assert.IsType<Uitkomst<Dialoogbeeld>.NietGevonden>(await Bekijken.GetAsync(await Als("platform-beheerder"), id, 1, Ct));
    }

    [Fact]
    public async Task A_shared_document_reaches_all_participants_at_the_same_moment_and_no_one_else()
    {
        var (anna, id) = await DialoogMetRondeAsync();
        using var pdf = new MemoryStream(Voorbeeldbestanden.Pdf());

        var document = Gelukt(await new DocumentDelen(Poort, Wijziging, Store, Storage.Time).ShareAsync(anna, id, 1, 1, "Agenda ronde 1", "agenda.pdf", pdf, Ct));

        var petra = Gelukt(await Bekijken.GetAsync(await Als("jeugdzorg-tekenbevoegde"), id, 1, Ct));
        var quinten = Gelukt(await Bekijken.GetAsync(await Als("thuishulp-medewerker"), id, 1, Ct));
        Assert.Equal(document, Assert.Single(petra.Dialoog.Rondes[0].Documenten));
        Assert.Equal(document.GedeeldOp, Assert.Single(quinten.Dialoog.Rondes[0].Documenten).GedeeldOp);
        await using var inhoud = Gelukt(await Documenten.OpenAsync(await Als("thuishulp-medewerker"), id, 1, 1, 1, Ct)).Inhoud;
        Assert.NotNull(inhoud);
        Assert.IsType<Uitkomst<DialoogBestand>.NietGevonden>(await Documenten.OpenAsync(await Als("velsen-inkoper"), id, 1, 1, 1, Ct));
        Assert.IsType<Uitkomst<DialoogBestand>.NietGevonden>(await Documenten.OpenAsync(await Als("platform-beheerder"), id, 1, 1, 1, Ct));
    }

    [Fact]
    public async Task Every_dialogue_change_is_in_the_trajects_audit_chain()
    {
        var (_, id) = await DialoogMetRondeAsync();

        var events = await Platform.Audit.AuditLog.ReadPartitionAsync(Storage.Clients.Table(Platform.Storage.Names.TrajectenTable), "gemeente|haarlem", Ct);

        Assert.Equal(3, events.Count(e => e.Onderwerp == $"traject:{id}" && (e.Actie.StartsWith("Dialoogdeelnemer", StringComparison.Ordinal) || e.Actie.StartsWith("Dialoogronde", StringComparison.Ordinal))));
        Assert.Null(await Platform.Audit.AuditControle.VerifyPartitionAsync(Storage.Clients.Table(Platform.Storage.Names.TrajectenTable), "gemeente|haarlem", Ct));
    }
}
