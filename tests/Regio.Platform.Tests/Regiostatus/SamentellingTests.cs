using Regio.Platform.Regiostatus;

namespace Regio.Platform.Tests.Regiostatus;

/// <summary>The recount after a submission: a crowd shares runs, and nobody is answered by a run that began before it asked.</summary>
public class SamentellingTests
{
    [Fact]
    public async Task Fifty_callers_during_one_count_share_one_next_count_and_each_returns_after_a_count_that_began_after_its_call()
    {
        var runs = 0;
        var eerste = new TaskCompletionSource();
        var samentelling = new Samentelling(async () =>
        {
            if (Interlocked.Increment(ref runs) == 1)
                await eerste.Task;
        });
        var aanvang = samentelling.RequestAsync();
        var menigte = Enumerable.Range(0, 50).Select(_ => samentelling.RequestAsync()).ToList();

        Assert.True(menigte.All(t => !t.IsCompleted), "Wie vroeg tijdens de eerste telling, kreeg antwoord voordat een latere telling liep.");
        eerste.SetResult();
        await Task.WhenAll(menigte.Append(aanvang)).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.Equal(2, runs);
    }
}
