namespace Regio.Domain.OpenData;

/// <summary>The releaseTag codes for what changed between two consecutive states; none when nothing public changed.</summary>
internal static class OcdsTags
{
    public static IReadOnlyList<string> Tussen(Ocds.Release? vorige, Ocds.Release nu)
    {
        var tags = new List<string>();
        if (vorige is null)
        {
            tags.Add("tender");
        }
        else if (Aanbesteding(vorige) != Aanbesteding(nu))
        {
            tags.Add(nu.Tender.Status == "cancelled" && vorige.Tender.Status != "cancelled" ? "tenderCancellation" : "tenderUpdate");
        }
        var oudeGunningen = (vorige?.Awards ?? []).ToDictionary(a => a.Id, Gunning);
        var gunningen = nu.Awards ?? [];
        if (gunningen.Any(a => !oudeGunningen.ContainsKey(a.Id)))
            tags.Add("award");
        if (gunningen.Any(a => oudeGunningen.TryGetValue(a.Id, out var oud) && oud != Gunning(a)))
            tags.Add("awardUpdate");
        var oudeContracten = (vorige?.Contracts ?? []).ToDictionary(c => c.Id);
        var contracten = nu.Contracts ?? [];
        if (contracten.Any(c => !oudeContracten.ContainsKey(c.Id)))
            tags.Add("contract");
        if (contracten.Any(c => oudeContracten.TryGetValue(c.Id, out var oud) && (c.Amendments?.Count ?? 0) > (oud.Amendments?.Count ?? 0)))
            tags.Add("contractAmendment");
        var anderStatus = contracten.Where(c => oudeContracten.TryGetValue(c.Id, out var oud) && c.Status != oud.Status).ToList();
        if (anderStatus.Any(c => c.Status != "terminated"))
            tags.Add("contractUpdate");
        if (anderStatus.Any(c => c.Status == "terminated"))
            tags.Add("contractTermination");
        return tags;
    }

    private static string Aanbesteding(Ocds.Release r) =>
        $"{r.Tender.Status}|{r.Tender.StatusDetails}|{string.Join(",", r.Tender.Lots.Select(l => $"{l.Id}:{l.Status}"))}";

    private static string Gunning(Ocds.Award a) => $"{a.Status}|{a.Date:O}|{string.Join(",", a.Suppliers.Select(s => s.Id))}";
}
