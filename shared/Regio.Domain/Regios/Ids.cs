namespace Regio.Domain.Regios;

/// <summary>The platform's short, stable id of a regio, e.g. <c>zk-ijmond</c>.</summary>
public readonly record struct RegioId(string Value)
{
    public override string ToString() => Value;
}

/// <summary>The platform's short, stable id of a gemeente, e.g. <c>haarlem</c>.</summary>
public readonly record struct GemeenteId(string Value)
{
    public override string ToString() => Value;
}
