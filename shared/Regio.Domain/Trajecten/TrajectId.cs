namespace Regio.Domain.Trajecten;

public readonly record struct TrajectId(string Value)
{
    public override string ToString() => Value;
}
