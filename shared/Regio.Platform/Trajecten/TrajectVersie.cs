using Regio.Domain.Trajecten;
using Regio.Platform.Storage;

namespace Regio.Platform.Trajecten;

/// <summary>A traject as read, with the version a change must send back and the date its phases were derived for.</summary>
public sealed record TrajectVersie(Traject Traject, Versie Versie, DateOnly Peildatum);

/// <summary>One perceel of a traject as read: the traject with its version, which a change writes against, and the perceel.</summary>
public sealed record PerceelVersie(TrajectVersie Gelezen, Perceel Perceel);
