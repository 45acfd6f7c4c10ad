using Regio.Platform.Audit;
using Regio.Platform.Storage;

namespace Regio.Functions.Tests.Spine;

/// <summary>Walks every audit chain of every table of one app, as the nightly check does, and names each break.</summary>
internal static class Ketens
{
    public static async Task<(int Ketens, IReadOnlyList<string> Breuken)> ControleerAsync(StorageClients clients, CancellationToken ct)
    {
        var ketens = 0;
        var breuken = new List<string>();
        foreach (var tabel in Names.Tables)
        {
            var table = clients.Table(tabel);
            await foreach (var keten in AuditControle.ListChainsAsync(table, null, ct))
            {
                ketens++;
                if ((await AuditControle.VerifyChainAsync(table, keten, ct)).Breuk is { } breuk)
                {
                    breuken.Add(Ketenmelding.Tekst(tabel, keten, breuk));
                }
            }
        }
        return (ketens, breuken);
    }
}
