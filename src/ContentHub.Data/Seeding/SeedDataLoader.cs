using System.Text.Json;
using ContentHub.Data.Affiliates;
using ContentHub.Data.Campaigns;
using ContentHub.Data.Committee;
using ContentHub.Data.Experts;
using ContentHub.Data.Hubs;
using ContentHub.Data.KnowledgeBase;
using ContentHub.Data.NeedsAssessment;
using ContentHub.Data.People;
using ContentHub.Data.Requests;
using ContentHub.Data.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ContentHub.Data.Seeding;

/// <summary>
/// Loads seed-data/ into an empty database in one transaction: either everything is loaded or
/// nothing is, and a database that already holds a hub is left alone (so restarts are idempotent).
/// </summary>
public sealed class SeedDataLoader(ContentHubDbContext db, ILogger<SeedDataLoader> logger)
{
    public async Task<bool> LoadIntoEmptyDatabaseAsync(string folder, CancellationToken cancellationToken)
    {
        if (await db.Hubs.AnyAsync(cancellationToken))
        {
            return false;
        }

        var seed = new SeedFolder(folder);
        var records = new SeedGraph(seed, DateTimeOffset.UtcNow);
        records.Build();
        if (seed.ReadProblems.Count > 0 || seed.Problems.Count > 0)
        {
            throw new SeedDataException(seed.ReadProblems.Count > 0 ? seed.ReadProblems : seed.Problems);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(records.Hub!);
        await db.SaveChangesAsync(cancellationToken);
        records.AssignHub(records.Hub!.Id);
        db.AddRange(records.HelpTypes.Values);
        db.AddRange(records.Skills.Values);
        db.AddRange(records.Affiliates.Values);
        db.AddRange(records.Campaigns.Values);
        db.AddRange(records.People.Values);
        db.AddRange(records.Experts.Values);
        db.AddRange(records.Cases.Values);
        db.AddRange(records.Articles);
        db.AddRange(records.ArticleRevisions);
        db.AddRange(records.Committees);
        db.AddRange(records.Interviews);
        await db.SaveChangesAsync(cancellationToken);

        // Events need the generated case ids; they go in time order so sequence order is time order.
        db.AddRange(records.Events
            .OrderBy(e => e.OccurredAt)
            .Select(e => new CaseEvent
            {
                HubId = records.Hub!.Id,
                HelpRequestId = e.Case.Id,
                Kind = e.Kind,
                ActorId = e.Actor?.Id,
                OccurredAt = e.OccurredAt,
                Data = e.Data is null ? null : JsonSerializer.Serialize(e.Data, JsonSerializerOptions.Web),
            }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();

        logger.LogInformation(
            "Seeded hub {Hub}: {Affiliates} affiliates, {People} people, {Experts} experts, {Cases} cases, {Articles} articles, {Interviews} interviews",
            records.Hub!.Slug, records.Affiliates.Count, records.People.Count, records.Experts.Count,
            records.Cases.Count, records.Articles.Count, records.Interviews.Count);
        return true;
    }
}
