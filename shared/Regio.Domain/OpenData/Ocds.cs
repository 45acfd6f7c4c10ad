namespace Regio.Domain.OpenData;

/// <summary>
/// The parts of the Open Contracting Data Standard 1.1 that Regio publishes, with the lots and bid statistics extensions.
/// Property names are OCDS's own (camelCase when written); what is null is left out. Dates are ISO 8601 date-times.
/// Only what is public belongs here: no sealed documents, scores, budgets, shares, lokale keuzes or person names.
/// </summary>
public static class Ocds
{
    public const string Versie = "1.1";

    public static IReadOnlyList<string> Extensies { get; } =
    [
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json",
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json",
    ];

    /// <summary>Open government data in the Netherlands is published without conditions (CC0), as data.overheid.nl asks.</summary>
    public const string Licentie = "https://creativecommons.org/publicdomain/zero/1.0/";

    public sealed record Publisher(string Name, string? Uri);

    public sealed record ReleasePackage(
        string Uri, string Version, IReadOnlyList<string> Extensions, DateTimeOffset PublishedDate, Publisher Publisher, string License,
        IReadOnlyList<Release> Releases);

    public sealed record RecordPackage(
        string Uri, string Version, IReadOnlyList<string> Extensions, DateTimeOffset PublishedDate, Publisher Publisher, string License,
        IReadOnlyList<Record> Records);

    /// <summary>Every release of one contracting process and the compiled release: its state as of the last release.</summary>
    public sealed record Record(string Ocid, IReadOnlyList<Release> Releases, Release CompiledRelease);

    public sealed record Release(
        string Ocid, string Id, DateTimeOffset Date, IReadOnlyList<string> Tag, string InitiationType, string Language,
        IReadOnlyList<Organization> Parties, OrganizationReference Buyer, Tender Tender,
        IReadOnlyList<Award>? Awards, IReadOnlyList<Contract>? Contracts, Bids? Bids);

    public sealed record Organization(string Id, string Name, Identifier? Identifier, IReadOnlyList<string> Roles);

    public sealed record OrganizationReference(string Id, string Name);

    /// <summary>A registered identifier, e.g. scheme "NL-KVK" (the org-id.guide list) with the KvK number.</summary>
    public sealed record Identifier(string Scheme, string Id, string LegalName);

    public sealed record Tender(
        string Id, string Title, string Status, string StatusDetails, OrganizationReference? ProcuringEntity,
        string? ProcurementMethod, string? ProcurementMethodDetails, string MainProcurementCategory,
        Period? TenderPeriod, Period? ContractPeriod, IReadOnlyList<Lot> Lots);

    public sealed record Lot(string Id, string Title, string Status);

    public sealed record Period(DateTimeOffset? StartDate, DateTimeOffset? EndDate, int? DurationInDays = null);

    public sealed record Award(
        string Id, string Title, string? Description, string Status, DateTimeOffset Date,
        IReadOnlyList<OrganizationReference> Suppliers, IReadOnlyList<string> RelatedLots);

    public sealed record Contract(
        string Id, string AwardID, string Title, string Status, Period Period, IReadOnlyList<Amendment>? Amendments);

    /// <summary>A change to a contract; <see cref="Description"/> says what changed, never the free text of who moved it.</summary>
    public sealed record Amendment(string Id, DateTimeOffset Date, string Description);

    public sealed record Bids(IReadOnlyList<BidStatistic> Statistics);

    /// <summary>Measure "bids": the number of inschrijvingen received on a lot, published once it has been awarded.</summary>
    public sealed record BidStatistic(string Id, string Measure, int Value, DateTimeOffset Date, string RelatedLot);
}
