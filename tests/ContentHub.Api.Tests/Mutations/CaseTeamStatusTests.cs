using ContentHub.Api.Tests.Infrastructure;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Mutations;

/// <summary>
/// A case follows the kind of help still on it when someone leaves: ASSIGNED while an assigned
/// expert stays, REFERRED while a referral stays open (each a STATUS_CHANGED event). It had stayed
/// REFERRED with no referral open, or ASSIGNED with nobody assigned.
/// </summary>
public sealed class CaseTeamStatusTests(QueueCaseServer server) : IClassFixture<QueueCaseServer>
{
    private GraphQLClient GraphQL => server.GraphQL;

    [Fact]
    public async Task A_declined_referral_leaves_a_case_with_an_assigned_expert_assigned()
    {
        var queued = await server.TakeQueueCaseAsync();
        ShouldSucceed(await GraphQL.AssignAsync(new { requestId = queued.Id, expertId = await GraphQL.ExpertIdAsync("Erik Nyman"), estimatedHours = 1, expectedVersion = queued.Version }), "assignment");
        var referred = ShouldSucceed(await GraphQL.ReferAsync(
            new { requestId = queued.Id, expertId = await GraphQL.ExpertIdAsync("Kwame Asante"), note = "Twi translations.", expectedVersion = queued.Version + 1 }), "referral");

        var declined = await GraphQL.DeclineAsync(new { referralId = referred["id"].Text(), reason = "Not this season." });

        Assert.Equal("ASSIGNED", ShouldSucceed(declined, "helpRequest")["status"].Text());
        var stored = await GraphQL.CaseAsync(queued.Id);
        Assert.Equal(["REFERRAL_UPDATED", "STATUS_CHANGED"], CaseTeamCalls.EventKinds(stored).TakeLast(2));
        Assert.Equal(("Referred", "Assigned"), (CaseTeamCalls.LastEventData(stored, "STATUS_CHANGED")["from"].Text(), CaseTeamCalls.LastEventData(stored, "STATUS_CHANGED")["to"].Text()));
    }

    [Fact]
    public async Task Releasing_the_assigned_expert_leaves_a_case_with_an_open_referral_referred()
    {
        var queued = await server.TakeQueueCaseAsync();
        ShouldSucceed(await GraphQL.ReferAsync(
            new { requestId = queued.Id, expertId = await GraphQL.ExpertIdAsync("Femke Jansen"), note = "Dutch map collections.", expectedVersion = queued.Version }), "referral");
        var assignment = ShouldSucceed(await GraphQL.AssignAsync(
            new { requestId = queued.Id, expertId = await GraphQL.ExpertIdAsync("Erik Nyman"), estimatedHours = 1, expectedVersion = queued.Version + 1 }), "assignment");
        Assert.Equal("ASSIGNED", (await GraphQL.CaseAsync(queued.Id))["status"].Text());

        var released = await GraphQL.ReleaseAsync(new { assignmentId = assignment["id"].Text() });

        Assert.Equal("REFERRED", ShouldSucceed(released, "helpRequest")["status"].Text());
        Assert.Equal(["UNASSIGNED", "STATUS_CHANGED"], CaseTeamCalls.EventKinds(await GraphQL.CaseAsync(queued.Id)).TakeLast(2));
    }
}
