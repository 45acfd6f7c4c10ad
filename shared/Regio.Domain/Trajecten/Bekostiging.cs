namespace Regio.Domain.Trajecten;

/// <summary>How the contract pays the aanbieder (the three models of the VNG's "Norm voor Opdrachtgeverschap").</summary>
public enum Bekostiging
{
    /// <summary>A fixed sum for a task, e.g. a population in a wijk; the aanbieder decides how much care.</summary>
    Taakgericht,
    /// <summary>Paid per unit of care delivered (hours, days).</summary>
    Inspanningsgericht,
    /// <summary>Paid per client per result, a trajectprijs regardless of the hours it took.</summary>
    Outputgericht,
}
