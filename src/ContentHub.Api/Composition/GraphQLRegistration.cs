using ContentHub.Api.Access;
using ContentHub.Api.Affiliates;
using ContentHub.Api.Assignments;
using ContentHub.Api.Campaigns;
using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.GraphQL.Paging;
using ContentHub.Api.Hubs;
using ContentHub.Api.Committee;
using ContentHub.Api.Experts;
using ContentHub.Api.KnowledgeBase;
using ContentHub.Api.LiveUpdates;
using ContentHub.Api.Matching;
using ContentHub.Api.NeedsAssessment;
using ContentHub.Api.People;
using ContentHub.Api.Referrals;
using ContentHub.Api.Requests;
using ContentHub.Api.Usefulness;
using ContentHub.Data;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace ContentHub.Api.Composition;

public static class GraphQLRegistration
{
    public static IHostApplicationBuilder AddContentHubGraphQL(this IHostApplicationBuilder builder)
    {
        var hubOptions = builder.Configuration.GetSection(ContentHubOptions.Section).Get<ContentHubOptions>() ?? new();
        var options = hubOptions.GraphQL;
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<HubDirectory>();
        services.AddScoped<HubContext>();
        services.AddAutoMapper(mapping => mapping.LicenseKey = builder.Configuration["AutoMapper:LicenseKey"], typeof(Program).Assembly);
        services.AddSingleton<RowsByKey>();
        services.AddSingleton<HelpTypesOfRequests>();
        AddDomainServices(services);
        AddLiveUpdates(services);
        AddBatchLoaders(services);
        AddNodeSources(services);

        var development = builder.Environment.IsDevelopment();
        var introspection = options.Introspection ?? (development || builder.Environment.IsEnvironment("Test"));
        services.AddGraphQL(graphQL => graphQL
            .AddSchema<ContentHubSchema>()
            // Responses are JSON for programs, never inlined into HTML: keep å, ä, ö and friends readable.
            .AddSystemTextJson(json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddGraphTypes(typeof(ContentHubSchema).Assembly)
            // One scoped DbContext serves the whole request, and it is not thread-safe: resolve
            // fields one at a time; batch loaders still fetch one level with one query.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddExecutionStrategy<PerEventScopeSubscriptionStrategy>(OperationType.Subscription)
            // SQLite writes one transaction at a time: mutations take turns instead of sleeping in its busy handler.
            .AddExecutionStrategy(hubOptions.Database.Provider == DatabaseProvider.Sqlite ? new OneMutationAtATime() : new SerialExecutionStrategy(), OperationType.Mutation)
            // These rules depend on the request, not only on the document: they run for cached documents too.
            .AddValidationRule<OperationTransportRule>(useForCachedDocuments: true)
            .AddValidationRule<AuthorizationRule>(useForCachedDocuments: true)
            .AddValidationRule(new ComplexityValidationRule(new ComplexityOptions { MaxDepth = options.MaxDepth, MaxComplexity = options.MaxComplexity }), useForCachedDocuments: true)
            .ConfigureExecution<ParsedDocumentCache>()
            .ConfigureExecution<DocumentSizeLimits>()
            .AddErrorInfoProvider(errors => errors.ExposeExceptionDetails = development)
            .ConfigureExecutionOptions(execution =>
            {
                if (!introspection)
                {
                    // __schema and __type fail validation with NO_INTROSPECTION; __typename still answers.
                    execution.ValidationRules = (execution.ValidationRules ?? DocumentValidator.CoreRules).Append(NoIntrospectionValidationRule.Instance);
                }
            })
            .AddUnhandledExceptionHandler(context =>
            {
                // Before execution starts (a failure while parsing) there is no context, only the options.
                (context.Context?.RequestServices ?? context.ExecutionOptions?.RequestServices)?.GetService<ILogger<ContentHubSchema>>()
                    ?.LogError(context.OriginalException, "Unhandled exception while executing GraphQL");
                context.ErrorMessage = InternalServerError.Message;
                context.Exception = InternalServerError.Create();
            }));
        return builder;
    }

    /// <summary>Domain services live for one request, like the DbContext they use.</summary>
    private static void AddDomainServices(IServiceCollection services)
    {
        services.AddScoped<AffiliateCommands>();
        services.AddScoped<ExpertCommands>();
        services.AddScoped<ExpertWorkload>();
        services.AddScoped<ExpertCandidates>();
        services.AddSingleton<TeamFiguresCache>();
        services.AddSingleton<ExpertRosterCache>();
        services.AddScoped<MatchingPolicyCommands>();
        services.AddScoped<HubSettingsCommands>();
        services.AddScoped<HelpRequestCommands>();
        services.AddScoped<AnonymousRequesters>();
        services.AddScoped<RequestContentRules>();
        services.AddScoped<CaseEventLog>();
        services.AddScoped<StatusMoves>();
        services.AddScoped<RequestTransitions>();
        services.AddScoped<StepPermissions>();
        services.AddScoped<KnowledgeArticleCommands>();
        services.AddScoped<AssignmentCommands>();
        services.AddScoped<ReferralCommands>();
        services.AddScoped<CaseTeam>();
        services.AddScoped<CaseTeamStore>();
        services.AddScoped<ExpertCapacity>();
        services.AddScoped<CriteriaCommands>();
        services.AddScoped<MeetingCommands>();
        services.AddScoped<ScoringCommands>();
        services.AddScoped<DecisionCommands>();
        services.AddScoped<AgendaStore>();
        services.AddScoped<AgendaScoring>();
        services.AddScoped<ImpactCommands>();
        services.AddScoped<ImpactTotalsQuery>();
    }

    /// <summary>The one reader of the case event log that feeds every subscription, woken by local saves.</summary>
    private static void AddLiveUpdates(IServiceCollection services)
    {
        services.AddSingleton<CaseEventFeed>();
        services.AddSingleton<ContentHub.Search.Indexing.ILogWriteListener>(provider => provider.GetRequiredService<CaseEventFeed>());
        services.AddHostedService(provider => provider.GetRequiredService<CaseEventFeed>());
        services.AddSingleton<CaseEventReader>();
    }

    /// <summary>Every batch loader is request-scoped: its cache must not outlive the request.</summary>
    private static void AddBatchLoaders(IServiceCollection services)
    {
        foreach (var type in typeof(Program).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && IsBatchLoader(t)))
        {
            services.AddScoped(type);
        }
    }

    private static bool IsBatchLoader(Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(BatchLoader<,>))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddNodeSources(IServiceCollection services)
    {
        services.AddSingleton<INodeSource>(new NodeSource<HubByIdLoader, HubModel>("Hub"));
        services.AddSingleton<INodeSource>(new NodeSource<AffiliateByIdLoader, AffiliateModel>("Affiliate"));
        services.AddSingleton<INodeSource>(new NodeSource<CampaignByIdLoader, CampaignModel>("Campaign"));
        services.AddSingleton<INodeSource>(new NodeSource<PersonByIdLoader, PersonModel>("Person"));
        services.AddSingleton<INodeSource>(new NodeSource<ExpertByIdLoader, ExpertProfileModel>("ExpertProfile"));
        services.AddSingleton<INodeSource>(new NodeSource<HelpRequestByIdLoader, HelpRequestModel>("HelpRequest"));
        services.AddSingleton<INodeSource>(new NodeSource<CommentByIdLoader, CaseCommentModel>("CaseComment"));
        services.AddSingleton<INodeSource>(new NodeSource<ReferralByIdLoader, ReferralModel>("Referral"));
        services.AddSingleton<INodeSource>(new NodeSource<AssignmentByIdLoader, CaseAssignmentModel>("CaseAssignment"));
        services.AddSingleton<INodeSource>(new NodeSource<ArticleByIdLoader, KnowledgeArticleModel>("KnowledgeArticle"));
        services.AddSingleton<INodeSource>(new NodeSource<CommitteeByIdLoader, CommitteeModel>("Committee"));
        services.AddSingleton<INodeSource>(new NodeSource<MeetingByIdLoader, CommitteeMeetingModel>("CommitteeMeeting"));
        services.AddSingleton<INodeSource>(new NodeSource<AgendaItemByIdLoader, AgendaItemModel>("AgendaItem"));
        services.AddSingleton<INodeSource>(new NodeSource<InterviewByIdLoader, InterviewModel>("Interview"));
    }
}
