using ContentHub.Api.Access;
using ContentHub.Api.Experts;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.LiveUpdates;
using ContentHub.Api.People;
using ContentHub.Data.Requests;
using GraphQL.Types;

namespace ContentHub.Api.Requests;

public sealed class CaseCommentType : ObjectGraphType<CaseCommentModel>
{
    public CaseCommentType()
    {
        Name = "CaseComment";
        this.ImplementNode(c => c.Id);
        Field<NonNullGraphType<PersonType>>("author").Resolve(context => context.Get<PersonByIdLoader>().Load(context.Source.AuthorId));
        Field(c => c.Body).Description("Stored as written; clients render it as plain text or sanitised Markdown.");
        Field(c => c.IsInternal).Description("Internal notes are for staff and assigned experts, not the requester.");
        Field(c => c.CreatedAt, type: typeof(NonNullGraphType<GraphQL.DateTimeScalarType>));
    }
}

public sealed class CaseAssignmentType : ObjectGraphType<CaseAssignmentModel>
{
    public CaseAssignmentType()
    {
        Name = "CaseAssignment";
        Description = "An expert of the hub working on the case.";
        this.ImplementNode(a => a.Id);
        Field<NonNullGraphType<ExpertProfileType>>("expert").Resolve(context => context.Get<ExpertByIdLoader>().Load(context.Source.ExpertProfileId));
        Field(a => a.EstimatedHours).Description("Hours the assignment counts against the expert's monthly capacity while it is open.");
        Field(a => a.AssignedAt, type: typeof(NonNullGraphType<GraphQL.DateTimeScalarType>));
        Field(a => a.ReleasedAt, type: typeof(GraphQL.DateTimeScalarType)).Description("Set once the expert's part is done.");
    }
}

public sealed class ReferralType : ObjectGraphType<ReferralModel>
{
    public ReferralType()
    {
        Name = "Referral";
        Description = "The case, or part of it, handed to an external expert or organisation.";
        this.ImplementNode(r => r.Id);
        Field<ExpertProfileType>("expert").Resolve(context => context.Source.ExpertProfileId is { } id ? context.Get<ExpertByIdLoader>().Load(id) : null);
        Field(r => r.OrganisationName, nullable: true).Description("Set when referred to an organisation rather than a profiled expert.");
        Field(r => r.Note, nullable: true);
        Field(r => r.State, type: typeof(NonNullGraphType<EnumerationGraphType<ReferralState>>));
        Field(r => r.CreatedAt, type: typeof(NonNullGraphType<GraphQL.DateTimeScalarType>));
        Field(r => r.RespondedAt, type: typeof(GraphQL.DateTimeScalarType));
    }
}

public sealed class CaseEventType : ObjectGraphType<CaseEventModel>
{
    public CaseEventType()
    {
        Name = "CaseEvent";
        Description = "One entry of a case's append-only history.";
        Field<NonNullGraphType<StringGraphType>>("sequence")
            .Description("Grows with every event of the hub; resume reading after the last one seen (the `after` of `caseEvents`). A 64-bit number, as a string.")
            .Resolve(context => CaseEventCursor.Format(context.Source.Sequence));
        Field<NonNullGraphType<HelpRequestType>>("helpRequest")
            .Description("The case the event belongs to.")
            .Resolve(context => context.Get<HelpRequestByIdLoader>().Load(context.Source.HelpRequestId));
        Field(e => e.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<CaseEventKind>>));
        Field<PersonType>("actor")
            .Description("Who did it (null for the system): the audit trail, for the hub's staff.")
            .ForRoles(Roles.Staff)
            .Resolve(context => context.Source.ActorId is { } id ? context.Get<PersonByIdLoader>().Load(id) : null);
        Field<AccessTokenType>("accessToken")
            .Description("The token the actor signed in with (null when none was used): whose key it was, and who made it.")
            .ForRoles(Roles.Staff)
            .Resolve(context => context.Source.AccessTokenId is { } id ? context.Get<AccessTokenByIdLoader>().Load(id) : null);
        Field(e => e.OccurredAt, type: typeof(NonNullGraphType<GraphQL.DateTimeScalarType>));
        Field(e => e.Data, nullable: true).Description("What changed, as a JSON object.");
    }
}
