using ContentHub.Api.Affiliates;
using ContentHub.Api.GraphQL.Common;
using GraphQL.Types;

namespace ContentHub.Api.People;

public sealed class PersonType : ObjectGraphType<PersonModel>
{
    public PersonType()
    {
        Name = "Person";
        Description = "A user of the helpdesk. Contact details are private and not part of this type.";
        this.ImplementNode(p => p.Id);
        Field(p => p.DisplayName);
        Field(p => p.Languages);
        Field(p => p.IsSample).Description("True for invented people of the sample data.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AffiliateType>>>>("affiliates")
            .Description("The affiliates the person belongs to.")
            .ShortList()
            .Resolve(context => context.Get<AffiliatesByPersonLoader>().Load(context.Source.Id));
    }
}
