using ContentHub.Api.Experts;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.Requests;
using ContentHub.Search.Matching;
using GraphQL.Types;

namespace ContentHub.Api.Matching;

public sealed class ExpertMatchType : ObjectGraphType<ExpertMatch>
{
    public ExpertMatchType()
    {
        Name = "ExpertMatch";
        Description = "An expert proposed for a request, with the score, each signal's part in it, and why.";
        Field<NonNullGraphType<ExpertProfileType>>("expert").Resolve(context => context.Get<ExpertByIdLoader>().Load(context.Source.ExpertId));
        Field<NonNullGraphType<FloatGraphType>>("score")
            .Description("0–1: the weighted mean of the signals that apply; the sum of the breakdown's contributions.")
            .Resolve(context => context.Source.Score);
        Field<NonNullGraphType<StringGraphType>>("reason").Description("The strongest reasons, for a person.").Resolve(context => context.Source.Reason);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SignalScoreType>>>>("breakdown")
            .Description("Every signal that applies to this request, in a fixed order.")
            .Resolve(context => context.Source.Breakdown);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HelpRequestType>>>>("similarResolvedCases")
            .Description("Up to three cases like this one that the expert resolved, most similar first.")
            .ShortList(3)
            .Resolve(context => context.Get<HelpRequestByIdLoader>().LoadMany(context.Source.SimilarResolvedCases));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("warnings")
            .Description("What a coordinator should know before choosing: over capacity, external (a referral).")
            .Resolve(context => context.Source.Warnings);
    }
}

public sealed class SignalScoreType : ObjectGraphType<SignalScore>
{
    public SignalScoreType()
    {
        Name = "MatchSignalScore";
        Description = "One signal of an expert match.";
        Field<NonNullGraphType<EnumerationGraphType<MatchSignal>>>("signal").Resolve(context => context.Source.Signal);
        Field<NonNullGraphType<FloatGraphType>>("value").Description("How well the expert does on this signal, 0–1.").Resolve(context => context.Source.Value);
        Field<NonNullGraphType<FloatGraphType>>("weight").Description("The hub's weight for the signal.").Resolve(context => context.Source.Weight);
        Field<NonNullGraphType<FloatGraphType>>("contribution").Description("What it adds to the score: weight × value ÷ the weights that apply.").Resolve(context => context.Source.Contribution);
        Field<NonNullGraphType<StringGraphType>>("detail").Description("The signal in words.").Resolve(context => context.Source.Detail);
    }
}
