using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace ContentHub.Api.GraphQL.Common;

public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global ID, refetchable with `node(id:)`.";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}

/// <summary>Finds a node by key, one batch loader per node type.</summary>
public interface INodeSource
{
    string TypeName { get; }

    IDataLoaderResult<object?> Load(IServiceProvider services, int key);
}

/// <summary>A node source backed by a scoped batch loader of the node's read model.</summary>
public sealed class NodeSource<TLoader, TModel>(string typeName) : INodeSource
    where TLoader : BatchLoader<int, TModel?>
    where TModel : class
{
    public string TypeName => typeName;

    public IDataLoaderResult<object?> Load(IServiceProvider services, int key) =>
        services.GetRequiredService<TLoader>().Load(key).Then(model => (object?)model);
}

public static class NodeGraphTypeExtensions
{
    /// <summary>Makes an object type a <c>Node</c> whose <c>id</c> is the global ID of its key.</summary>
    public static void ImplementNode<TModel>(this ObjectGraphType<TModel> type, Func<TModel, int> key)
    {
        type.Interface<NodeInterface>();
        type.IsTypeOf = value => value is TModel;
        type.Field<NonNullGraphType<IdGraphType>>("id")
            .Description("Global, opaque ID.")
            .Resolve(context => GlobalId.Format(type.Name, key(context.Source)));
    }
}
