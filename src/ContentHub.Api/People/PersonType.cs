using ContentHub.Api.GraphQL;
using ContentHub.Api.Access;
using ContentHub.Api.Affiliates;
using ContentHub.Api.GraphQL.Common;
using GraphQL.Types;

namespace ContentHub.Api.People;

public sealed class PersonType : ObjectGraphType<PersonModel>
{
    public PersonType()
    {
        Name = "Person";
        Description = "A user of the helpdesk. The contact email is private: only the person and the hub's staff may read it.";
        this.ImplementNode(p => p.Id);
        Field(p => p.DisplayName);
        Field(p => p.Languages);
        Field(p => p.IsSample).Description("True for invented people of the sample data.");
        Field<StringGraphType>("email")
            .Description("The contact email, for the person themself and the hub's staff; anyone else gets an AUTH_NOT_AUTHORIZED error for it.")
            .SignedIn()
            .ResolveAsync(async context =>
            {
                var caller = context.Get<Caller>();
                if (caller.PersonId != context.Source.Id && !await caller.IsStaffAsync(context.CancellationToken))
                {
                    throw new UserFacingException(AccessDeniedError.NotAuthorized, $"Only {context.Source.DisplayName} and the hub's staff may read their email.");
                }

                return context.Source.Email;
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AffiliateType>>>>("affiliates")
            .Description("The affiliates the person belongs to.")
            .ShortList()
            .Resolve(context => context.Get<AffiliatesByPersonLoader>().Load(context.Source.Id));
    }
}
