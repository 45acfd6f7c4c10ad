using Regio.Domain.Trajecten;
using Regio.Domain.Trajecten.Vragen;
using Regio.Platform.Audit;
using Regio.Platform.Storage;
using Regio.Platform.Trajecten;
using Regio.Platform.Trajecten.Vragen;
using Regio.Tests;

namespace Regio.Platform.Tests.Trajecten.Vragen;

public class NotaVanInlichtingenTests(AzuriteFixture azurite) : VragenTestBasis(azurite)
{
    private const string Antwoord = "Ja, de reële tarieven gelden voor beide percelen.";

    [Fact]
    public async Task An_answer_stays_invisible_to_aanbieders_until_the_nota_is_published_then_both_read_the_same_nota_without_the_asker()
    {
        var jeugdzorg = await Als("jeugdzorg-tekenbevoegde");
        var thuishulp = await Als("thuishulp-medewerker");
        var noor = await Als("regio-coordinator");
        Gelukt(await Vraagstelling.AskAsync(jeugdzorg, Jeugdhulp, 1, "Gelden de reële tarieven ook voor perceel 1?", Ct));
        await BeantwoordAsync(noor, 1, Antwoord);

        var voor = await OverzichtAsync(jeugdzorg);
        Assert.Empty(voor.Notas);
        Assert.Null(Assert.Single(voor.EigenVragen).NotaNummer);
        Assert.Empty((await OverzichtAsync(thuishulp)).Notas);

        var nota = Gelukt(await Publicatie.PublishAsync(noor, Jeugdhulp, Ct));

        Assert.Equal(1, nota.Nummer);
        Assert.Equal(Storage.Time.GetUtcNow(), nota.GepubliceerdOp);
        var voorJeugdzorg = AlsJson((await OverzichtAsync(jeugdzorg)).Notas);
        var voorThuishulp = AlsJson((await OverzichtAsync(thuishulp)).Notas);
        var voorLezer = AlsJson((await OverzichtAsync(await Als("haarlem-lezer"))).Notas);
        Assert.Equal(voorJeugdzorg, voorThuishulp);
        Assert.Equal(voorJeugdzorg, voorLezer);
        Assert.Contains(Antwoord, voorThuishulp, StringComparison.Ordinal);
        foreach (var asker in new[] { "demo-jeugdzorg-kennemerland", "Jeugdzorg Kennemerland", "Petra Willems", "Noor van den Berg" })
        {
            Assert.False(voorThuishulp.Contains(asker, StringComparison.Ordinal), $"De Nota van Inlichtingen noemt '{asker}': {voorThuishulp}");
        }
        Assert.Equal(1, Assert.Single((await OverzichtAsync(jeugdzorg)).EigenVragen).NotaNummer);
    }

    [Fact]
    public async Task Publishing_takes_every_answered_question_at_once_and_leaves_the_unanswered_for_later()
    {
        var jeugdzorg = await Als("jeugdzorg-tekenbevoegde");
        var noor = await Als("regio-coordinator");
        for (var i = 1; i <= 3; i++)
        {
            Gelukt(await Vraagstelling.AskAsync(jeugdzorg, Jeugdhulp, null, $"Vraag {i}", Ct));
        }
        await BeantwoordAsync(noor, 1, "Antwoord 1");
        await BeantwoordAsync(noor, 3, "Antwoord 3");

        var nota = Gelukt(await Publicatie.PublishAsync(noor, Jeugdhulp, Ct));

        Assert.Equal([1, 3], nota.Vragen.Select(v => v.Nummer));
        var overzicht = await OverzichtAsync(noor);
        Assert.Equal(0, overzicht.TePubliceren);
        Assert.Null(overzicht.AlleVragen.Single(v => v.Vraag.Nummer == 2).Vraag.NotaNummer);
    }

    [Fact]
    public async Task Publishing_with_no_answer_waiting_is_refused_and_writes_nothing()
    {
        var noor = await Als("regio-coordinator");
        Gelukt(await Vraagstelling.AskAsync(await Als("jeugdzorg-tekenbevoegde"), Jeugdhulp, null, "Nog onbeantwoord", Ct));
        var voor = await Storage.SnapshotAsync();

        var uitkomst = await Publicatie.PublishAsync(noor, Jeugdhulp, Ct);

        var conflict = Assert.IsType<Uitkomst<GepubliceerdeNota>.Conflict>(uitkomst);
        Assert.Equal(nameof(VraagWeigering.NietsTePubliceren), conflict.Code);
        Assert.Equal(voor, await Storage.SnapshotAsync());
    }

    [Fact]
    public async Task A_published_answer_is_never_changed()
    {
        var noor = await Als("regio-coordinator");
        Gelukt(await Vraagstelling.AskAsync(await Als("jeugdzorg-tekenbevoegde"), Jeugdhulp, null, "Vraag", Ct));
        await BeantwoordAsync(noor, 1, Antwoord);
        Gelukt(await Publicatie.PublishAsync(noor, Jeugdhulp, Ct));

        var uitkomst = await Beantwoorden.AnswerAsync(noor, Jeugdhulp, 1, "Toch anders", (await VraagVoorEigenaarAsync(noor, 1)).Versie, Ct);

        Assert.Equal(nameof(VraagWeigering.AlGepubliceerd), Assert.IsType<Uitkomst<VraagVersie>.Conflict>(uitkomst).Code);
        Assert.Equal(Antwoord, (await VraagVoorEigenaarAsync(noor, 1)).Vraag.Antwoord!.Tekst);
    }

    [Fact]
    public async Task An_answer_written_on_a_stale_read_is_refused_as_verouderd()
    {
        var noor = await Als("regio-coordinator");
        Gelukt(await Vraagstelling.AskAsync(await Als("jeugdzorg-tekenbevoegde"), Jeugdhulp, null, "Vraag", Ct));
        var gelezen = await VraagVoorEigenaarAsync(noor, 1);
        await BeantwoordAsync(noor, 1, "Eerste antwoord", gelezen.Versie);

        var uitkomst = await Beantwoorden.AnswerAsync(noor, Jeugdhulp, 1, "Tweede antwoord", gelezen.Versie, Ct);

        Assert.IsType<Uitkomst<VraagVersie>.Conflict>(uitkomst);
        Assert.True(((Uitkomst<VraagVersie>.Conflict)uitkomst).Verouderd);
        Assert.Equal("Eerste antwoord", (await VraagVoorEigenaarAsync(noor, 1)).Vraag.Antwoord!.Tekst);
    }

    [Fact]
    public async Task An_aanbieder_cannot_answer_or_publish()
    {
        var jeugdzorg = await Als("jeugdzorg-tekenbevoegde");
        Gelukt(await Vraagstelling.AskAsync(jeugdzorg, Jeugdhulp, null, "Vraag", Ct));

        var antwoord = await Beantwoorden.AnswerAsync(jeugdzorg, Jeugdhulp, 1, "Zelf beantwoord", Versie.Leeg, Ct);
        var nota = await Publicatie.PublishAsync(jeugdzorg, Jeugdhulp, Ct);

        Assert.IsType<Uitkomst<VraagVersie>.Geweigerd>(antwoord);
        Assert.IsType<Uitkomst<GepubliceerdeNota>.Geweigerd>(nota);
    }

    [Fact]
    public async Task Every_change_is_an_event_in_the_traject_chain_and_the_nota_event_names_no_asker()
    {
        var noor = await Als("regio-coordinator");
        Gelukt(await Vraagstelling.AskAsync(await Als("jeugdzorg-tekenbevoegde"), Jeugdhulp, null, "Vraag", Ct));
        await BeantwoordAsync(noor, 1, Antwoord);
        Gelukt(await Publicatie.PublishAsync(noor, Jeugdhulp, Ct));

        var table = Storage.Clients.Table(Names.TrajectenTable);
        var partition = TrajectStore.PartitionKey(new Eigenaar.DeRegio(new Domain.Regios.RegioId("zk-ijmond")));
        Assert.Null(await AuditControle.VerifyPartitionAsync(table, partition, Ct));
        var events = (await AuditLog.ReadPartitionAsync(table, partition, Ct)).Where(e => e.Onderwerp == $"traject:{Jeugdhulp}").ToList();
        Assert.Equal(["Vraag gesteld", "Vraag beantwoord", "Nota van Inlichtingen 1 gepubliceerd"], events.TakeLast(3).Select(e => e.Actie));
        Assert.DoesNotContain("jeugdzorg", events[^1].Na, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("demo-jeugdzorg-kennemerland:", events[^3].Actor, StringComparison.Ordinal);
    }
}
