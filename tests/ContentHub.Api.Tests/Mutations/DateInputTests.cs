using System.Globalization;
using ContentHub.Api.Tests.Committee;
using ContentHub.Api.Tests.Infrastructure;
using static ContentHub.Api.Tests.Infrastructure.PayloadErrors;

namespace ContentHub.Api.Tests.Mutations;

/// <summary>
/// Dates a person types (a meeting's day, an expert's return) must be plausible: a date years
/// away is refused as VALIDATION_FAILED on its field and nothing is saved.
/// </summary>
public sealed class DateInputTests(ContentHubServer server) : IClassFixture<ContentHubServer>
{
    private const string UpdateExpert = """
        mutation($input: UpdateExpertProfileInput!) {
          updateExpertProfile(input: $input) {
            expertProfile { id awayUntil }
            errors { ... on Error { code message } ... on ValidationError { field } }
          }
        }
        """;

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2019-06-01")]
    public async Task A_meeting_date_far_from_today_is_refused(string date)
    {
        var committee = await server.GraphQL.CommitteeAsync();
        var before = await MeetingCountAsync();

        var payload = await server.GraphQL.ScheduleAsync(new { committeeId = committee.Id, date, title = "A meeting on a typo" });

        ShouldFailWith(payload, "meeting", new PayloadError("VALIDATION_FAILED", "input.date"));
        Assert.Equal(before, await MeetingCountAsync());
    }

    [Fact]
    public async Task A_meeting_next_month_is_scheduled()
    {
        var committee = await server.GraphQL.CommitteeAsync();

        var payload = await server.GraphQL.ScheduleAsync(new { committeeId = committee.Id, date = DaysFromToday(30), title = "Next month" });

        Assert.Equal(DaysFromToday(30), ShouldSucceed(payload, "meeting")["date"].Text());
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    public async Task An_expert_away_until_an_absurd_date_is_refused_and_keeps_their_availability(string awayUntil)
    {
        var expert = (await server.GraphQL.DataAsync("{ experts(first: 1) { nodes { id awayUntil } } }"))["experts"]!["nodes"].Items().Single();

        var data = await server.GraphQL.DataAsync(UpdateExpert, new { input = new { id = expert["id"].Text(), awayUntil } });

        ShouldFailWith(data["updateExpertProfile"], "expertProfile", new PayloadError("VALIDATION_FAILED", "input.awayUntil"));
        var after = await server.GraphQL.DataAsync("query($id: ID!) { node(id: $id) { ... on ExpertProfile { awayUntil } } }", new { id = expert["id"].Text() });
        Assert.Equal(expert["awayUntil"]?.ToJsonString(), after["node"]!["awayUntil"]?.ToJsonString());
    }

    private async Task<int> MeetingCountAsync() =>
        (await server.GraphQL.DataAsync("{ committees { meetings { id } } }"))["committees"].Items().Sum(c => c["meetings"].Items().Count);

    private static string DaysFromToday(int days) => CaseTeamCalls.DaysFromToday(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
