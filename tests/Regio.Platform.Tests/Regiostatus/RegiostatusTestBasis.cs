using Microsoft.Extensions.Logging.Abstractions;
using Regio.Domain.Regios;
using Regio.Platform.Budgetten;
using Regio.Platform.Regiostatus;
using Regio.Platform.Toegang;
using Regio.Platform.Trajecten.Inschrijvingen;
using Regio.Platform.Tests.Trajecten;
using Regio.Tests;

namespace Regio.Platform.Tests.Regiostatus;

/// <summary>The status use case over real storage with the demo loaded, its clock in the test's hand.</summary>
public abstract class RegiostatusTestBasis(AzuriteFixture azurite) : TrajectTestBasis(azurite)
{
    protected static readonly RegioId ZkIjmond = new("zk-ijmond");

    /// <summary>A fresh projection each time, as a new process would have: no partition is known to be marked yet.</summary>
    protected Statusprojectie NieuweProjectie() =>
        new(Storage.Clients, Storage.Trajecten, new InschrijvingStore(Storage.Clients), NullLogger<Statusprojectie>.Instance);

    protected RegiostatusQuery Status(Statusprojectie? projectie = null)
    {
        var log = Storage.Toegangspoort;
        return new(Storage.Regios, projectie ?? NieuweProjectie(), new VerdelingStore(Storage.Clients), new BudgetBekijken(new BudgetPoort(log), Storage.Budgetten),
            new ContractRijenbron(new Regio.Platform.Contracten.ContractStore(Storage.Clients)), log, Storage.Time);
    }

    protected async Task<Statusoverzicht> ReadAsync(string gebruiker, string? domein = null, string? fase = null, string? gemeente = null) =>
        Gelukt(await Status().ReadAsync(await Als(gebruiker), ZkIjmond, domein, fase, gemeente, Ct));
}
