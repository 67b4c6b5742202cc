using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.GraphQL.Filtering;

/// <summary>Expression helpers shared by the filter input types.</summary>
internal static class FilterExpressions
{
    private static readonly MethodInfo Like = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    private static readonly MethodInfo ContainsMethod = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2);

    /// <summary>
    /// A value as a member of a closure object, so EF Core sends it as a SQL parameter rather than
    /// inlining it (safe, and one cached plan per query shape).
    /// </summary>
    public static Expression Parameter(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(Box<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(box), "Value");
    }

    public static Expression Equal(Expression subject, object? value) => Expression.Equal(subject, Parameter(value, subject.Type));

    public static Expression In(Expression subject, object? values)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(subject.Type))!;
        foreach (var value in values as IEnumerable ?? Array.Empty<object>())
        {
            list.Add(value);
        }

        return Expression.Call(ContainsMethod.MakeGenericMethod(subject.Type), Parameter(list, list.GetType()), subject);
    }

    /// <summary>Case-insensitive pattern match via SQL LIKE, with the user's wildcards escaped.</summary>
    public static Expression Matches(Expression subject, string value, bool prefix, bool suffix)
    {
        var escaped = value.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
        var pattern = (prefix ? "%" : "") + escaped + (suffix ? "%" : "");
        return Expression.Call(Like, Expression.Constant(EF.Functions), subject, Parameter(pattern, typeof(string)), Expression.Constant("\\"));
    }

    public static Expression Combine(IEnumerable<Expression> parts, bool all)
    {
        Expression? result = null;
        foreach (var part in parts)
        {
            result = result is null ? part : all ? Expression.AndAlso(result, part) : Expression.OrElse(result, part);
        }

        return result ?? Expression.Constant(all);
    }

    /// <summary>The filter type behind a field of an input object, through NonNull and List wrappers.</summary>
    public static IFilterOperations OperationsOf(IInputObjectGraphType owner, string fieldName)
    {
        IGraphType? type = owner.GetField(fieldName)?.ResolvedType;
        while (type is IProvideResolvedType wrapper)
        {
            type = wrapper.ResolvedType;
        }

        return type as IFilterOperations
            ?? throw new InvalidOperationException($"{owner.Name}.{fieldName} is not a filter input.");
    }

    public static IEnumerable<IDictionary<string, object?>> Dictionaries(object? value) =>
        (value as IEnumerable)?.OfType<IDictionary<string, object?>>() ?? [];

    public static Expression Replace(LambdaExpression lambda, Expression subject) =>
        new ParameterReplacer(lambda.Parameters[0], subject).Visit(lambda.Body);

    private sealed class Box<T>(T value)
    {
        public T Value { get; } = value;
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
