using System.Security.Claims;
using System.Runtime.CompilerServices;
using AutoMapper;
using ContentHub.Api.Access;
using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.GraphQL.Paging;
using ContentHub.Api.Requests;
using ContentHub.Data;
using ContentHub.Data.Requests;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.LiveUpdates;

/// <summary>Live case updates for external tools (bots, dashboards, chat bridges), fed from the case event log.</summary>
public static class CaseSubscriptions
{
    public static void AddCaseSubscriptions(this ObjectGraphType subscription)
    {
        subscription.Field<NonNullGraphType<CaseEventType>>("caseEvents")
            .Description("The hub's case events after the cursor `after` (a `CaseEvent.sequence`), replayed from the log oldest first, "
                + "then each new one as it is committed — no gap and no repeat between the two. Without `after`, new events only. "
                + "A tool that was disconnected subscribes again with the last sequence it received and loses nothing.")
            .Argument<CaseEventFilterInputType>("where", "Only events matching this filter.")
            .Argument<StringGraphType>("after", "Resume after this `sequence`; \"0\" replays the whole log.")
            // The whole hub's stream, internal notes' events included: an integration of the hub itself.
            .ForRoles(Roles.Staff)
            .ResolveStreamAsync(async context =>
            {
                var hubId = await context.Get<HubContext>().GetHubIdAsync(context.CancellationToken);
                var after = CaseEventCursor.Parse(context.GetArgument<string?>("after"));
                var where = context.GetArgument<Dictionary<string, object?>?>("where");
                var filter = where is null ? null : ListField.ArgumentType<CaseEventFilterInputType>(context, "where").ToPredicate(where);
                var reader = context.Get<CaseEventReader>();
                var mapper = context.Get<IMapper>();
                return EventStream<CaseEventModel>.For(context, cancellationToken =>
                    Models(reader.ReadAsync(new CaseEventQuery(hubId, filter), after, cancellationToken), mapper, cancellationToken));
            });

        subscription.Field<NonNullGraphType<HelpRequestType>>("caseUpdated")
            .Description("The case, as it is now, each time an event of it is committed (a comment, an edit, a status change …).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .SignedIn()
            .ResolveStreamAsync(async context =>
            {
                var id = context.GetArgument<string>("id");
                var hub = context.Get<HubContext>();
                var key = GlobalId.KeyOf(id, "HelpRequest") ?? throw new UserFacingException("INVALID_ID", $"'{id}' is not the ID of a HelpRequest.");
                var cases = await context.Get<RequestAccess>().VisibleAsync(context.Get<ContentHubDbContext>().HelpRequests, context.CancellationToken);
                if (!await cases.AnyAsync(r => r.Id == key, context.CancellationToken))
                {
                    throw new UserFacingException("NOT_FOUND", $"There is no HelpRequest '{id}' in this hub.");
                }

                var query = new CaseEventQuery(await hub.GetHubIdAsync(context.CancellationToken), e => e.HelpRequestId == key);
                var reader = context.Get<CaseEventReader>();
                var scopes = context.Get<IServiceScopeFactory>();
                var slug = hub.Slug;
                var user = context.User!;
                return EventStream<HelpRequestModel>.For(context, cancellationToken =>
                    CurrentCase(reader.ReadAsync(query, after: null, cancellationToken), scopes, slug, user, key, cancellationToken));
            });
    }

    private static async IAsyncEnumerable<CaseEventModel> Models(
        IAsyncEnumerable<CaseEvent> events, IMapper mapper, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var caseEvent in events.WithCancellation(cancellationToken))
        {
            yield return mapper.Map<CaseEventModel>(caseEvent);
        }
    }

    /// <summary>The case as it is after each event, read in a scope of its own (the subscription outlives any one read).</summary>
    private static async IAsyncEnumerable<HelpRequestModel> CurrentCase(
        IAsyncEnumerable<CaseEvent> events, IServiceScopeFactory scopes, string hub, ClaimsPrincipal user, int key, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var _ in events.WithCancellation(cancellationToken))
        {
            await using var scope = scopes.CreateHubScope(hub, user);
            if (await scope.ServiceProvider.GetRequiredService<HelpRequestByIdLoader>().Load(key).GetResultAsync(cancellationToken) is { } current)
            {
                yield return current;
            }
        }
    }
}
