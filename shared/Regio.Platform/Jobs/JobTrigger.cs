namespace Regio.Platform.Jobs;

/// <summary>Who started a run: the schedule, or a beheerder by name.</summary>
public sealed record JobTrigger(string Door)
{
    public static JobTrigger Schema { get; } = new("schema");

    public static JobTrigger Beheerder(string naam) => new(naam);
}
