using Regio.Domain.Trajecten.Planning;
using Regio.Tests;

namespace Regio.Platform.Tests.Regiostatus;

/// <summary>Milestones on the status: late is derived from the stored dates and the server's clock on every read (rule 4).</summary>
public class RegiostatusMijlpaalTests(AzuriteFixture azurite) : RegiostatusTestBasis(azurite)
{
    [Fact]
    public async Task A_milestone_passed_without_its_actual_date_shows_late_by_the_days_since_its_planned_date()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord"), Ct));
        versie = Gelukt(await Planning.PlanAsync(anna, versie.Traject.Id, MijlpaalSoort.VoorlopigeGunning, "Voorlopige gunning (demo)", new DateOnly(2027, 2, 1), versie.Versie, Ct));
        versie = Gelukt(await Planning.PlanAsync(anna, versie.Traject.Id, MijlpaalSoort.SluitingInschrijving, "Sluiting inschrijving (demo)", new DateOnly(2026, 11, 10), versie.Versie, Ct));

        var op23November = (await ReadAsync("haarlem-inkoper")).Trajecten.Single(t => t.Id == versie.Traject.Id);
        Storage.Time.Advance(TimeSpan.FromDays(7));
        var weekLater = (await ReadAsync("haarlem-inkoper")).Trajecten.Single(t => t.Id == versie.Traject.Id);

        Assert.Equal(("Sluiting inschrijving (demo)", 13, false), (op23November.VolgendeMijlpaal!.Omschrijving, op23November.VolgendeMijlpaal.DagenTeLaat, !op23November.VolgendeMijlpaal.IsTeLaat));
        Assert.Equal(20, weekLater.VolgendeMijlpaal!.DagenTeLaat);
        Assert.Equal(["Sluiting inschrijving (demo)"], weekLater.Verlopen.Select(m => m.Omschrijving));
    }

    [Fact]
    public async Task A_milestone_realised_after_its_planned_date_is_no_longer_next_and_shows_planned_against_actual()
    {
        var anna = await Als("haarlem-inkoper");
        var versie = Gelukt(await Aanmaken.CreateAsync(anna, Lokaal("dagbesteding-2027", "Noord"), Ct));
        versie = Gelukt(await Planning.PlanAsync(anna, versie.Traject.Id, MijlpaalSoort.Aankondiging, "Aankondiging (demo)", new DateOnly(2026, 11, 10), versie.Versie, Ct));
        versie = Gelukt(await Planning.PlanAsync(anna, versie.Traject.Id, MijlpaalSoort.ContractStart, "Start contract (demo)", new DateOnly(2027, 7, 1), versie.Versie, Ct));
        var aankondiging = versie.Traject.Planning.Mijlpalen.Single(m => m.Soort == MijlpaalSoort.Aankondiging).Id;

        Gelukt(await Planning.CompleteAsync(anna, versie.Traject.Id, aankondiging, new DateOnly(2026, 11, 20), versie.Versie, Ct));
        var status = (await ReadAsync("haarlem-inkoper")).Trajecten.Single(t => t.Id == versie.Traject.Id);

        Assert.Equal(("Start contract (demo)", 0), (status.VolgendeMijlpaal!.Omschrijving, status.VolgendeMijlpaal.DagenTeLaat));
        Assert.Empty(status.Verlopen);
        Assert.Equal(("Aankondiging (demo)", new DateOnly(2026, 11, 20), 10), (status.LaatstGerealiseerd!.Omschrijving, status.LaatstGerealiseerd.WerkelijkeDatum, status.LaatstGerealiseerd.DagenTeLaat));
    }
}
