using System.Net;
using System.Net.Http.Json;
using Regio.Tests;
using static Regio.Functions.Tests.Trajecten.Gunningen.Gunningsperceel;

namespace Regio.Functions.Tests.Trajecten.Gunningen;

/// <summary>Once the letters are out they quote the scores, so the beoordeling behind them can no longer change.</summary>
public class BeoordelingNaVerzendingTests(AzuriteFixture azurite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task After_the_decision_is_sent_the_consensus_and_the_scores_are_refused_with_a_named_code()
    {
        await using var p = await MaakAsync(azurite, "gunning-vast", new Dictionary<string, (int, int)> { [Jeugdzorg] = (10, 8), [Thuishulp] = (8, 8), [Duinstreek] = (4, 6) });
        await Verwacht(await p.GunAsync(Jeugdzorg), "verzenden");

        var consensus = await p.Inkoper.PutAsJsonAsync($"{p.Pad}/beoordeling/consensus/{Uri.EscapeDataString(Thuishulp)}", Motivatie(Thuishulp, 10, 10), Ct);
        var melding = await consensus.Content.ReadAsStringAsync(Ct);
        Assert.True(consensus.StatusCode == HttpStatusCode.Conflict, melding);
        Assert.Contains("\"code\":\"GunningVerzonden\"", melding, StringComparison.Ordinal);

        var scores = await p.App.ClientAs(Beoordelingen.GeopendPerceel.Beoordelaars[0]).PutAsJsonAsync(
            $"{p.Pad}/beoordeling/scores/{Uri.EscapeDataString(Thuishulp)}", Motivatie(Thuishulp, 10, 10), Ct);
        Assert.Equal(HttpStatusCode.Conflict, scores.StatusCode);
    }
}
