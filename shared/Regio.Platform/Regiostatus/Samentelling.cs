namespace Regio.Platform.Regiostatus;

/// <summary>
/// Runs a recount at most once at a time. Who asks while one runs waits for the next run, which starts when the running
/// one ends and serves everyone who asked meanwhile: each caller is answered by a run that started after its call, so
/// it sees its own change counted, and a crowd of callers costs two runs instead of one each.
/// </summary>
internal sealed class Samentelling(Func<Task> tel)
{
    private readonly Lock _slot = new();
    private bool _bezig;
    private TaskCompletionSource? _volgende;

    public Task RequestAsync()
    {
        lock (_slot)
        {
            if (_bezig)
            {
                _volgende ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                return _volgende.Task;
            }
            _bezig = true;
        }
        var eerste = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = RunAsync(eerste);
        return eerste.Task;
    }

    private async Task RunAsync(TaskCompletionSource klaar)
    {
        while (true)
        {
            try
            {
                await tel().ConfigureAwait(false);
                klaar.TrySetResult();
            }
            catch (Exception e)
            {
                // Whoever waits gets the failure; the next caller starts a fresh run.
                klaar.TrySetException(e);
            }
            lock (_slot)
            {
                if (_volgende is null)
                {
                    _bezig = false;
                    return;
                }
                klaar = _volgende;
                _volgende = null;
            }
        }
    }
}
