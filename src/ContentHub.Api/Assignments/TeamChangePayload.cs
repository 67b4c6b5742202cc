using ContentHub.Api.GraphQL;
using ContentHub.Api.Requests;
using GraphQL.Types;

namespace ContentHub.Api.Assignments;

/// <summary>A change of a case's team: the case as saved, and the assignment or referral that changed.</summary>
public sealed record TeamChange<TPart>(HelpRequestModel Request, TPart Part) where TPart : class;

/// <summary><c>VerbNounPayload { helpRequest, assignment | referral, errors }</c> of the mutations that change a case's team.</summary>
public abstract class TeamChangePayloadType<TPartGraph, TPart> : PayloadType<TeamChange<TPart>>
    where TPartGraph : IGraphType
    where TPart : class
{
    protected TeamChangePayloadType(string mutationName, string partField, params Type[] errorTypes) : base(mutationName, errorTypes)
    {
        Field<HelpRequestType>("helpRequest").Resolve(context => context.Source.Node?.Request);
        Field<TPartGraph>(partField).Resolve(context => context.Source.Node?.Part);
    }
}
