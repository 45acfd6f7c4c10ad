using Regio.Domain.Regios;

namespace Regio.Platform.Regios;

/// <summary>
/// The one regio whose trajecten the platform lists and checks new ones against, from configuration (Regio:Id; the demo's
/// by default). Everything that still reads it becomes per regio when regio's are onboarded as data.
/// </summary>
public sealed record PlatformRegio(RegioId Id);
