using ContentHub.Data.Access;
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
using ContentHub.Data.Usefulness;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;

namespace ContentHub.Data;

public sealed class ContentHubDbContext(DbContextOptions<ContentHubDbContext> options) : DbContext(options)
{
    public DbSet<Hub> Hubs => Set<Hub>();
    public DbSet<Affiliate> Affiliates => Set<Affiliate>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<AffiliateMembership> AffiliateMemberships => Set<AffiliateMembership>();
    public DbSet<HubRole> HubRoles => Set<HubRole>();
    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();
    public DbSet<HelpType> HelpTypes => Set<HelpType>();
    public DbSet<Skill> Skills => Set<Skill>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<ExpertProfile> ExpertProfiles => Set<ExpertProfile>();
    public DbSet<ExpertSkill> ExpertSkills => Set<ExpertSkill>();
    public DbSet<HelpRequest> HelpRequests => Set<HelpRequest>();
    public DbSet<RequestStatusCount> RequestStatusCounts => Set<RequestStatusCount>();
    public DbSet<CaseComment> CaseComments => Set<CaseComment>();
    public DbSet<CaseAssignment> CaseAssignments => Set<CaseAssignment>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();
    public DbSet<ImpactReport> ImpactReports => Set<ImpactReport>();
    public DbSet<KnowledgeArticle> KnowledgeArticles => Set<KnowledgeArticle>();
    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();
    public DbSet<ExpertCommittee> Committees => Set<ExpertCommittee>();
    public DbSet<CommitteeMember> CommitteeMembers => Set<CommitteeMember>();
    public DbSet<PrioritisationCriterion> PrioritisationCriteria => Set<PrioritisationCriterion>();
    public DbSet<PriorityAssessment> PriorityAssessments => Set<PriorityAssessment>();
    public DbSet<CriterionScore> CriterionScores => Set<CriterionScore>();
    public DbSet<CriteriaVersion> CriteriaVersions => Set<CriteriaVersion>();
    public DbSet<CommitteeMeeting> CommitteeMeetings => Set<CommitteeMeeting>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<Interview> Interviews => Set<Interview>();
    public DbSet<Insight> Insights => Set<Insight>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // Deletes cascade only inside an aggregate, where a configuration says so. Everywhere else a
        // delete is refused; that also keeps SQL Server free of multiple cascade paths.
        configuration.Conventions.Remove<CascadeDeleteConvention>();
        // SQL Server replaces that convention with its own subclass, which Remove<T> (an exact type
        // match) leaves in place; left there, it made required keys cascade and gave SQL Server
        // multiple cascade paths (error 1785), e.g. People -> CaseComments directly and via HelpRequests.
        configuration.Conventions.Remove<SqlServerOnDeleteConvention>();

        if (Database.IsSqlite())
        {
            // SQLite has no native type that orders DateTimeOffset or decimal; store sortable forms.
            configuration.Properties<DateTimeOffset>().HaveConversion<SortableUtcTimestampConverter>();
            configuration.Properties<decimal>().HaveConversion<double>();
        }
    }

    protected override void OnModelCreating(ModelBuilder model) =>
        model.ApplyConfigurationsFromAssembly(typeof(ContentHubDbContext).Assembly);

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>A modified record gets a new version, so a second editor holding the old one gets a conflict.</summary>
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version++;
            }
        }
    }
}
