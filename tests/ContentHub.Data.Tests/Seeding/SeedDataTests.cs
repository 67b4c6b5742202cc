using ContentHub.Data.Experts;
using ContentHub.Data.Requests;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Data.Tests.Seeding;

/// <summary>The real seed data loads, and holds enough of each kind for the demo and the evaluator.</summary>
public sealed class SeedDataTests(RealSeedData seeded) : IClassFixture<RealSeedData>
{
    [Fact]
    public void Real_seed_data_loads_into_an_empty_database() => Assert.True(seeded.FirstLoadResult);

    [Fact]
    public async Task Affiliates_and_experts_cover_internal_external_swedish_and_english()
    {
        await using var db = seeded.Database.Open();
        var experts = await db.ExpertProfiles.AsNoTracking().ToListAsync();

        AtLeast(40, await db.Affiliates.CountAsync(), "affiliates");
        AtLeast(30, experts.Count, "expert profiles");
        Assert.Contains(experts, e => e.Kind == ExpertKind.Internal);
        Assert.Contains(experts, e => e.Kind == ExpertKind.External);
        Assert.Contains(experts, e => e.Languages.Contains("sv"));
        Assert.Contains(experts, e => e.Languages.Contains("en"));
    }

    [Fact]
    public async Task Most_cases_are_resolved_or_closed()
    {
        await using var db = seeded.Database.Open();
        var statuses = await db.HelpRequests.Select(r => r.Status).ToListAsync();

        AtLeast(150, statuses.Count, "cases");
        var finished = statuses.Count(s => s is RequestStatus.Resolved or RequestStatus.Closed);
        Assert.True(finished * 2 > statuses.Count, $"{finished} of {statuses.Count} cases are RESOLVED or CLOSED; more than half should be.");
    }

    [Fact]
    public async Task Knowledge_base_has_articles_in_english_and_swedish()
    {
        await using var db = seeded.Database.Open();
        var languages = await db.KnowledgeArticles.Select(a => a.Language).ToListAsync();

        AtLeast(40, languages.Count, "knowledge articles");
        Assert.Contains("en", languages);
        Assert.Contains("sv", languages);
    }

    [Fact]
    public async Task Committee_has_the_seven_criteria_and_interviews_hold_insights()
    {
        await using var db = seeded.Database.Open();
        var committee = await db.Committees.Include(c => c.Criteria).SingleAsync();

        Assert.Equal(
            ["fills-gaps", "supports-campaigns", "builds-skills", "shows-partner-benefits", "innovative", "risk", "content-will-be-used"],
            committee.Criteria.OrderBy(c => c.SortOrder).Select(c => c.Key));
        AtLeast(50, await db.Insights.CountAsync(), "needs-assessment insights");
    }

    [Fact]
    public async Task Every_seeded_person_and_expert_profile_is_marked_sample()
    {
        await using var db = seeded.Database.Open();

        Assert.Empty(await db.People.Where(p => !p.IsSample).Select(p => p.Key).ToListAsync());
        Assert.Empty(await db.ExpertProfiles.Where(e => !e.IsSample).Select(e => e.Person!.Key).ToListAsync());
    }

    [Fact]
    public async Task Every_case_has_a_created_event_and_event_sequence_follows_time()
    {
        await using var db = seeded.Database.Open();
        var withoutCreated = await db.HelpRequests
            .Where(r => !db.CaseEvents.Any(e => e.HelpRequestId == r.Id && e.Kind == CaseEventKind.Created))
            .Select(r => r.Title)
            .ToListAsync();
        var events = await db.CaseEvents.OrderBy(e => e.Sequence).Select(e => new { e.Sequence, e.OccurredAt }).ToListAsync();
        var backwards = events.Zip(events.Skip(1))
            .Where(pair => pair.Second.OccurredAt < pair.First.OccurredAt)
            .Select(pair => $"#{pair.First.Sequence} at {pair.First.OccurredAt:O}, then #{pair.Second.Sequence} at {pair.Second.OccurredAt:O}")
            .ToList();

        Assert.Empty(withoutCreated);
        Assert.True(backwards.Count == 0, "Case events go back in time:\n" + string.Join("\n", backwards.Take(10)));
    }

    [Fact]
    public async Task Loading_again_is_a_no_op()
    {
        var before = await seeded.Database.CountAsync();

        Assert.False(await seeded.Database.LoadAsync(SeedFolders.Real));
        Assert.Equal(before, await seeded.Database.CountAsync());
    }

    private static void AtLeast(int expected, int actual, string what) =>
        Assert.True(actual >= expected, $"Expected at least {expected} {what}, found {actual}.");
}
