namespace Regio.Platform.Audit;

/// <summary>Who did what to which resource, with the state before and after as JSON (null where there was none).</summary>
public sealed record AuditEvent(DateTimeOffset Tijdstip, string Actor, string Actie, string Onderwerp, string? Voor, string? Na);
