namespace Regio.Domain.Tests.Architecture;

public class DomainDependencyTests
{
    [Fact]
    public void Domain_references_nothing_but_the_base_class_library()
    {
        var forbidden = typeof(Regio.Domain.Regios.Regio).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("Azure", StringComparison.Ordinal) || n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
                || n.StartsWith("Microsoft.Extensions", StringComparison.Ordinal) || n.StartsWith("Regio.", StringComparison.Ordinal))
            .ToList();
        Assert.True(forbidden.Count == 0, $"Regio.Domain mag alleen de BCL gebruiken, maar verwijst naar: {string.Join(", ", forbidden)}");
    }
}
