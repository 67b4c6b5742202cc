using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.Json;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ContentHub.Data;

/// <summary>
/// Reads and writes a list of enum values stored as a JSON array of their names
/// (<c>["Commons","Wikidata"]</c>), exactly as EF Core's own reader for such a primitive collection
/// does, but as one instance per enum type. EF Core 10 builds its own reader anew for every row it
/// reads (a collection reader around a converting reader around an enum converter, looking up a
/// constructor by reflection each time): 4 % of the triage queue's CPU, for two lists it does
/// not even show. A reader with a static <see cref="Instance"/> is used as that instance.
/// </summary>
public sealed class EnumNamesJson<TEnum> : JsonValueReaderWriter<IEnumerable<TEnum>>
    where TEnum : struct, Enum
{
    private static readonly JsonCollectionOfStructsReaderWriter<List<TEnum>, TEnum> Names =
        new(new JsonConvertedValueReaderWriter<TEnum, string>(JsonStringReaderWriter.Instance, new EnumToStringConverter<TEnum>()));

    public static EnumNamesJson<TEnum> Instance { get; } = new();

    public override Expression ConstructorExpression { get; } = Expression.Property(null, typeof(EnumNamesJson<TEnum>), nameof(Instance));

    public override IEnumerable<TEnum> FromJsonTyped(ref Utf8JsonReaderManager manager, object? existingObject = null) =>
        Names.FromJsonTyped(ref manager, existingObject);

    public override void ToJsonTyped(Utf8JsonWriter writer, IEnumerable<TEnum> value) => Names.ToJsonTyped(writer, value);
}

public static class EnumNamesJsonExtensions
{
    /// <summary>A list of enum values in one column, as a JSON array of their names (see <see cref="EnumNamesJson{TEnum}"/>).</summary>
    public static PrimitiveCollectionBuilder<List<TEnum>> StoredAsNames<TEnum>(this PrimitiveCollectionBuilder<List<TEnum>> collection)
        where TEnum : struct, Enum
    {
        collection.ElementType(element => element.HasConversion<string>());
        collection.Metadata.SetJsonValueReaderWriterType(typeof(EnumNamesJson<TEnum>));
        return collection;
    }
}
