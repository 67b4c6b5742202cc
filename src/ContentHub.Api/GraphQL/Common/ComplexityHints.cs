using GraphQL;
using GraphQL.Builders;

namespace ContentHub.Api.GraphQL.Common;

public static class ComplexityHints
{
    /// <summary>
    /// A nested list that holds a handful of items (a case's comments, an expert's skills), so the
    /// complexity budget counts it as such instead of as a full page.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> ShortList<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, int typicalSize = 5) =>
        field.WithComplexityImpact(1, typicalSize);
}
