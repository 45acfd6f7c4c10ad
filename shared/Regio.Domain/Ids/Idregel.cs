using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Regio.Domain.Ids;

/// <summary>
/// What any id a caller sends may look like, whatever it names (gemeente, organisatie, traject, deelnemer, contract,
/// maand): short, and only letters, digits and <c>- _ . | :</c>. Each kind of id has its own stricter form on top
/// (<see cref="Organisaties.OrganisatieId"/>, <see cref="Aanbieders.CombinatieId"/>); this rule is the floor under them
/// all, checked before any lookup, so that no id reaches storage as a key it forbids (/ \ # ? and control characters)
/// or at a length no id has. Such an id names nothing: the caller made a mistake, storage did not fail.
/// </summary>
public static partial class Idregel
{
    /// <summary>The longest composed id (a contract's: traject, perceel and party) stays well below this.</summary>
    public const int MaximumLengte = 128;

    public const string Melding = "Dit is geen geldig id: een id bestaat uit hoogstens 128 letters, cijfers en de tekens - _ . | : (zonder spaties).";

    public static bool Past([NotNullWhen(true)] string? waarde) => waarde is { Length: > 0 and <= MaximumLengte } && Vorm().IsMatch(waarde);

    [GeneratedRegex(@"^[A-Za-z0-9._|:-]+\z")]
    private static partial Regex Vorm();
}
