using Microsoft.EntityFrameworkCore;

namespace ContentHub.Data.Tests.Seeding;

/// <summary>Row counts of the seeded tables, compared as a whole to prove a load wrote nothing (more).</summary>
public sealed record TableCounts(
    int Hubs, int Affiliates, int People, int Experts, int Cases, int CaseEvents, int Comments,
    int Articles, int Committees, int Criteria, int Interviews, int Insights)
{
    public static async Task<TableCounts> OfAsync(ContentHubDbContext db) => new(
        await db.Hubs.CountAsync(), await db.Affiliates.CountAsync(), await db.People.CountAsync(),
        await db.ExpertProfiles.CountAsync(), await db.HelpRequests.CountAsync(), await db.CaseEvents.CountAsync(),
        await db.CaseComments.CountAsync(), await db.KnowledgeArticles.CountAsync(), await db.Committees.CountAsync(),
        await db.PrioritisationCriteria.CountAsync(), await db.Interviews.CountAsync(), await db.Insights.CountAsync());

    public static TableCounts Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
