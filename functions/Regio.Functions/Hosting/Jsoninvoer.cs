using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Regio.Domain.Ids;

namespace Regio.Functions.Hosting;

/// <summary>Marks a request property (a string or a list of strings) whose value is an id, held to the <see cref="Idregel"/>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class IdVeldAttribute : Attribute;

/// <summary>A JSON body whose shape is right but one value is not; <see cref="ErrorAnswers"/> names the field.</summary>
public sealed class OngeldigVeld(string veld, string melding) : JsonException(melding)
{
    /// <summary>The field, relative to the object it is in (<see cref="JsonException.Path"/>).</summary>
    public string Veld { get; } = veld;

    public string Melding { get; } = melding;
}

/// <summary>
/// Checks that every request body gets while it is read, the same for each endpoint: no null inside a list whose
/// elements the request record declares non-nullable (<c>"bedragen": [null]</c>), and every <see cref="IdVeldAttribute"/>
/// field a valid id. A refusal is a <see cref="JsonException"/>, so it is answered as any unreadable body is: 400, naming the field.
/// </summary>
public static class Jsoninvoer
{
    public const string NullInLijst = "Een lijst mag geen lege waarde (null) bevatten. Laat het element weg of vul het in.";

    public static IServiceCollection AddRegioJsoninvoer(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolver =
            (options.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(Controleer));

    private static void Controleer(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }
        var controles = info.Properties.Select(Controle).OfType<Action<object>>().ToList();
        if (controles.Count > 0)
        {
            var eerder = info.OnDeserialized;
            info.OnDeserialized = waarde =>
            {
                eerder?.Invoke(waarde);
                controles.ForEach(controle => controle(waarde));
            };
        }
    }

    private static Action<object>? Controle(JsonPropertyInfo property)
    {
        if (property.Get is not { } lees || property.AttributeProvider is not PropertyInfo info)
        {
            return null;
        }
        var id = info.IsDefined(typeof(IdVeldAttribute));
        var geenNull = property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType) && ElementNietNullable(info);
        if (!id && !geenNull)
        {
            return null;
        }
        return waarde =>
        {
            switch (lees(waarde))
            {
                case string tekst when id && !string.IsNullOrWhiteSpace(tekst) && !Idregel.Past(tekst):
                    throw new OngeldigVeld(property.Name, Idregel.Melding);
                case IEnumerable lijst and not string:
                    var i = 0;
                    foreach (var element in lijst)
                    {
                        if (element is null && geenNull)
                            throw new OngeldigVeld($"{property.Name}[{i}]", NullInLijst);
                        if (id && element is string tekst && !Idregel.Past(tekst))
                            throw new OngeldigVeld($"{property.Name}[{i}]", Idregel.Melding);
                        i++;
                    }
                    break;
            }
        };
    }

    /// <summary>Whether the elements are declared non-nullable (<c>IReadOnlyList&lt;JaarBedrag&gt;</c>, not <c>&lt;ScoreRequest?&gt;</c>).</summary>
    private static bool ElementNietNullable(PropertyInfo property)
    {
        var nullability = new NullabilityInfoContext().Create(property);
        var element = nullability.ElementType ?? nullability.GenericTypeArguments.LastOrDefault();
        return element is { ReadState: NullabilityState.NotNull } && !element.Type.IsValueType;
    }
}
