using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ContentHub.Api.Access;
using ContentHub.Api.Composition;
using ContentHub.Data;
using ContentHub.Data.Access;
using ContentHub.Data.People;
using ContentHub.Search.Benchmarks;
using ContentHub.Search.Indexing;
using Microsoft.Data.Sqlite;

namespace ContentHub.Api.Benchmarks.Load;

/// <summary>
/// A database of N cases for the load test: the seed data (hub, taxonomy, committee, 49 affiliates),
/// then generated affiliates, requesters, experts, cases with comments, assignments and events, and
/// articles, in proportion to N, written with prepared statements in one transaction. Case and
/// article text comes from the search benchmark's <see cref="SyntheticCorpus"/>.
/// </summary>
public static class LoadDatabase
{
    private const int HubId = SyntheticCorpus.HubId;
    private const int StaffMembers = 8;
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Regions =
        ["Northern and Western Europe", "Central and Eastern Europe and Central Asia", "Sub-Saharan Africa", "South Asia", "Latin America and the Caribbean", "International"];
    private static readonly string[] Levels = ["Basic", "Intermediate", "Advanced", "Expert"];
    private static readonly HashSet<string> OpenWork = ["Assigned", "InProgress"];
    private static readonly SortableUtcTimestampConverter TimestampConverter = new();

    public static async Task<LoadDataset> CreateAsync(string folder, int cases, int seed, TextWriter progress, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await MigrateAndSeedAsync(folder);
        progress.WriteLine($"Generating {cases:N0} cases …");

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "contenthub.db"), Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        // A throwaway database written once: no journal and no fsync while generating, and a cache that
        // holds the indexes being filled.
        await using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;";
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var writer = new Writer(connection, transaction, new Random(seed));
        var corpus = new SyntheticCorpus(seed);

        var affiliates = writer.Affiliates(Math.Max(10, cases / 250));
        var requesters = writer.Requesters(Math.Max(20, cases / 20), affiliates);
        var experts = writer.Experts(Math.Max(10, cases / 100));
        var caseIds = writer.Cases(corpus.Cases(cases), cases, requesters, experts);
        var articles = writer.Articles(corpus.Articles(Math.Max(50, cases / 20)));
        await transaction.CommitAsync(cancellationToken);
        await using (var wal = connection.CreateCommand())
        {
            // Back to the server's journal: EF checks that the database exists on a read-only
            // connection, where the server's pragmas could not switch it.
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        var staffTokens = await WithServerAsync(folder, app => StaffTokensAsync(app.Services, cancellationToken));
        return new LoadDataset(folder, cases, affiliates.Count, experts.Count, articles, writer.Comments, writer.Events, caseIds, requesters,
            staffTokens, corpus.Queries(500), Stopwatch.GetElapsedTime(started));
    }

    /// <summary>
    /// The load's callers: the hub's first admin (also staff) and more staff members, each with a
    /// token. Staff may do everything the mix does (the queue, every case, filing on a requester's
    /// behalf); several of them, because a search waits for its caller's own writes only, and a
    /// helpdesk's calls come from many people, not one.
    /// </summary>
    private static async Task<IReadOnlyList<string>> StaffTokensAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var admin = await FirstAdmin.CreateAsync(services, "Load test admin", null, null, cancellationToken);
        var tokens = new List<string> { admin.Secret };
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentHubDbContext>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        for (var member = 2; member <= StaffMembers; member++)
        {
            var person = new Person
            {
                Key = $"load-staff-{member}", DisplayName = $"Load test staff member {member} (sample data)", CreatedAt = now,
                HubRoles = [new HubRole { HubId = HubId, Role = Role.Staff }],
            };
            db.People.Add(person);
            await db.SaveChangesAsync(cancellationToken);
            var issued = await scope.ServiceProvider.GetRequiredService<AccessTokenCommands>().IssueAsync(
                person.Id, "Load test", [AccessScope.Read, AccessScope.Write], admin.ExpiresAt, admin.PersonId, null, cancellationToken);
            tokens.Add(issued.Secret);
        }

        return tokens;
    }

    /// <summary>Creates the schema and loads the seed data exactly as the server's first start does.</summary>
    private static Task MigrateAndSeedAsync(string folder) => WithServerAsync(folder, async app =>
    {
        await app.InitialiseDatabaseAsync();
        return true;
    });

    /// <summary>Runs <paramref name="work"/> on the server's services for the data folder, without serving.</summary>
    private static async Task<T> WithServerAsync<T>(string folder, Func<WebApplication, Task<T>> work)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            Args = [$"--ContentHub:DataFolder={folder}", "--Logging:LogLevel:Default=Warning"],
        });
        builder.AddContentHub();
        await using var app = builder.Build();
        var result = await work(app);
        SqliteConnection.ClearAllPools();
        return result;
    }

    private sealed class Writer(SqliteConnection connection, SqliteTransaction transaction, Random random)
    {
        public int Comments { get; private set; }

        public int Events { get; private set; }

        private BulkTable Table(string table, params string[] columns) => new(connection, transaction, table, columns);

        private T Scalar<T>(string sql)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
        }

        private List<(long, string)> Pairs(string sql)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var rows = new List<(long, string)>();
            while (reader.Read())
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1)));
            }

            return rows;
        }

        public List<int> Affiliates(int count)
        {
            using var insert = Table("Affiliates", "Key", "Kind", "Name", "CountryCode", "Region", "Languages", "Website", "CreatedAt", "UpdatedAt");
            for (var i = 1; i <= count; i++)
            {
                insert.Insert($"load-affiliate-{i}", i % 3 == 0 ? "UserGroup" : "Chapter", $"Load Test Affiliate {i}", null,
                    Regions[random.Next(Regions.Length)], """["en"]""", null, Time(Now), Time(Now));
            }

            return Pairs("SELECT Id, Key FROM Affiliates").Select(p => (int)p.Item1).ToList();
        }

        public List<(int PersonId, int AffiliateId)> Requesters(int count, List<int> affiliates)
        {
            using var person = PersonTable();
            using var role = Table("HubRoles", "PersonId", "HubId", "Role");
            using var membership = Table("AffiliateMemberships", "PersonId", "AffiliateId");
            var requesters = new List<(int, int)>(count);
            for (var i = 1; i <= count; i++)
            {
                var id = (int)person.Insert($"load-requester-{i}", $"Requester {i}", null, """["en"]""", 1, Time(Now));
                var affiliate = affiliates[random.Next(affiliates.Count)];
                role.Insert(id, HubId, "Requester");
                membership.Insert(id, affiliate);
                requesters.Add((id, affiliate));
            }

            return requesters;
        }

        /// <summary>Generated experts, four in five internal, with skills; the seeded ones stay.</summary>
        public List<int> Experts(int count)
        {
            var skills = Pairs($"SELECT Id, Key FROM Skills WHERE HubId = {HubId}").Select(p => p.Item1).ToArray();
            using var person = PersonTable();
            using var role = Table("HubRoles", "PersonId", "HubId", "Role");
            using var profile = Table("ExpertProfiles", "HubId", "PersonId", "Kind", "HomeOrganisation", "Languages", "Regions", "MonthlyCapacityHours",
                "AwayUntil", "Bio", "IsSample", "CreatedAt", "UpdatedAt");
            using var skill = Table("ExpertSkills", "ExpertProfileId", "SkillId", "Level");
            for (var i = 1; i <= count; i++)
            {
                var personId = person.Insert($"load-expert-{i}", $"Expert {i}", null, """["en"]""", 1, Time(Now));
                role.Insert(personId, HubId, "Expert");
                var id = profile.Insert(HubId, personId, random.NextDouble() < 0.8 ? "Internal" : "External", null,
                    random.NextDouble() < 0.4 ? """["en","sv"]""" : """["en"]""", JsonSerializer.Serialize(new[] { Regions[random.Next(Regions.Length)] }),
                    random.Next(8, 41), random.NextDouble() < 0.05 ? "2026-12-24" : null,
                    "Works with museums and archives on uploads to Commons, Wikidata models and metadata.", 0, Time(Now), Time(Now));
                foreach (var s in skills.OrderBy(_ => random.Next()).Take(random.Next(1, 5)))
                {
                    skill.Insert(id, s, Levels[random.Next(Levels.Length)]);
                }
            }

            return Pairs($"SELECT Id, Kind FROM ExpertProfiles WHERE HubId = {HubId}").Select(p => (int)p.Item1).ToList();
        }

        public List<int> Cases(IEnumerable<SearchDocument> documents, int count, List<(int PersonId, int AffiliateId)> requesters, List<int> experts)
        {
            var helpTypes = Pairs($"SELECT Id, Key FROM HelpTypes WHERE HubId = {HubId}").ToDictionary(p => p.Item2, p => p.Item1);
            var authors = Pairs("SELECT Id, Key FROM People").Select(p => p.Item1).ToArray();
            using var request = Table("HelpRequests", "HubId", "Title", "Description", "Language", "AffiliateId", "RequesterId", "PartnerName", "PartnerType",
                "TargetPlatforms", "ContentVolume", "UsefulnessPlan", "CampaignId", "Status", "PriorityScore", "Resolution", "CreatedAt", "UpdatedAt", "FirstRespondedAt",
                "ResolvedAt", "ClosedAt", "Version", "IntendedUses", "LicenceStatus", "MetadataQuality");
            using var helpType = Table("HelpRequestHelpType", "HelpRequestId", "HelpTypeId");
            using var comment = Table("CaseComments", "HelpRequestId", "AuthorId", "Body", "IsInternal", "CreatedAt");
            using var assignment = Table("CaseAssignments", "HelpRequestId", "ExpertProfileId", "AssignedAt", "ReleasedAt", "EstimatedHours");
            using var caseEvent = Table("CaseEvents", "HubId", "HelpRequestId", "Kind", "ActorId", "OccurredAt", "Data");
            var ids = new List<int>(count);
            var index = 0;
            foreach (var document in documents)
            {
                var facts = document.Case!;
                var (requesterId, affiliateId) = requesters[random.Next(requesters.Count)];
                // Spread over three years, oldest first, so ids and creation order agree as in real use.
                var created = Now.AddDays(-3 * 365).AddMinutes(++index * 3.0 * 365 * 24 * 60 / count);
                var status = document.Status;
                var finished = status is "Resolved" or "Closed";
                var resolved = finished ? created.AddDays(random.Next(2, 60)) : (DateTimeOffset?)null;
                var volume = random.Next(0, 5) == 0 ? 0 : random.Next(1, 3000);
                decimal? priority = status is "Prioritised" or "Assigned" or "InProgress" ? Math.Round((decimal)(random.NextDouble() * 5), 3) : null;
                var id = (int)request.Insert(HubId, document.Title, document.Body, document.Language, affiliateId, requesterId,
                    facts.PartnerType is null ? null : "Partner institution", facts.PartnerType, JsonSerializer.Serialize(facts.Platforms), volume,
                    volume == 0 ? null : "Illustrate Wikipedia articles and add the files to Wikidata items.", facts.CampaignId, status, priority, finished ? "Answered with a walkthrough of the upload tools." : null, Time(created),
                    Time(resolved ?? created), status == "Submitted" ? null : Time(created.AddHours(random.Next(1, 72))), Time(resolved),
                    status == "Closed" ? Time(resolved!.Value.AddDays(7)) : null, 1, "[]", "Unknown", "Unknown");
                ids.Add(id);
                foreach (var key in facts.HelpTypes)
                {
                    helpType.Insert(id, helpTypes[key]);
                }

                Event(caseEvent, id, "Created", requesterId, created, null);
                if (status != "Submitted")
                {
                    Event(caseEvent, id, "StatusChanged", null, created.AddHours(1), $$"""{"from":"Submitted","to":"{{status}}"}""");
                }

                var resolvers = finished ? facts.ResolvedBy!.Select(r => experts[r % experts.Count]).Distinct()
                    : OpenWork.Contains(status) ? [experts[random.Next(experts.Count)]] : [];
                foreach (var expert in resolvers)
                {
                    assignment.Insert(id, expert, Time(created.AddHours(2)), Time(resolved), 8);
                    Event(caseEvent, id, "Assigned", null, created.AddHours(2), null);
                }

                for (var c = random.Next(0, 5); c > 0; c--)
                {
                    var at = created.AddHours(3 + c);
                    comment.Insert(id, authors[random.Next(authors.Length)], "Thanks, we will look at the files and the metadata this week.", random.Next(4) == 0 ? 1 : 0, Time(at));
                    Event(caseEvent, id, "Commented", null, at, null);
                    Comments++;
                }
            }

            return ids;
        }

        public int Articles(IEnumerable<SearchDocument> documents)
        {
            using var article = Table("KnowledgeArticles", "HubId", "Key", "Title", "Body", "Language", "Tags", "Status", "Version", "CreatedAt", "UpdatedAt", "PublishedAt");
            using var revision = Table("ArticleRevisions", "HubId", "ArticleId", "Version", "Title", "Body", "Status", "SavedAt");
            var count = 0;
            foreach (var document in documents)
            {
                var id = article.Insert(HubId, $"load-article-{document.Id}", document.Title, document.Body, document.Language, JsonSerializer.Serialize(document.Tags),
                    document.Status, 1, Time(Now), Time(Now), document.Status == "Published" ? Time(Now) : null);
                revision.Insert(HubId, id, 1, document.Title, document.Body, document.Status, Time(Now));
                count++;
            }

            return count;
        }

        /// <summary>A staff member from the seed data, who writes the comments and edits.</summary>

        private BulkTable PersonTable() => Table("People", "Key", "DisplayName", "Email", "Languages", "IsSample", "CreatedAt");

        private void Event(BulkTable table, int requestId, string kind, int? actorId, DateTimeOffset at, string? data)
        {
            table.Insert(HubId, requestId, kind, actorId, Time(at), data);
            Events++;
        }
    }

    /// <summary>A timestamp as the model stores it (<see cref="SortableUtcTimestampConverter"/>).</summary>
    private static string? Time(DateTimeOffset? value) => value is { } time ? (string)TimestampConverter.ConvertToProvider(time)! : null;
}
