using ContentHub.Api.GraphQL.Common;
using ContentHub.Data;
using ContentHub.Data.Committee;

namespace ContentHub.Api.Committee;

public sealed class CriteriaVersionsByCommitteeLoader(ContentHubDbContext db, IMappingConfiguration mapping)
    : ModelsByParentLoader<CriteriaVersion, CriteriaVersionModel>(
        mapping, db.CriteriaVersions, v => v.CommitteeId, v => v.CommitteeId, q => q.OrderByDescending(v => v.Number));

public sealed class CriteriaVersionByIdLoader(ContentHubDbContext db, RowsByKey rows)
    : ModelByKeyLoader<CriteriaVersion, CriteriaVersionModel>(db, rows, v => v.Id, v => v.Id);

public sealed class CriteriaByVersionLoader(ContentHubDbContext db, IMappingConfiguration mapping)
    : ModelsByParentLoader<PrioritisationCriterion, CriterionModel>(
        mapping, db.PrioritisationCriteria, c => c.CriteriaVersionId, c => c.CriteriaVersionId, q => q.OrderBy(c => c.SortOrder));

public sealed class MeetingByIdLoader(ContentHubDbContext db, RowsByKey rows, HubContext hub)
    : HubScopedByKeyLoader<CommitteeMeeting, CommitteeMeetingModel>(db, rows, hub, m => m.Id, m => m.Id);

public sealed class MeetingsByCommitteeLoader(ContentHubDbContext db, IMappingConfiguration mapping)
    : ModelsByParentLoader<CommitteeMeeting, CommitteeMeetingModel>(
        mapping, db.CommitteeMeetings, m => m.CommitteeId, m => m.CommitteeId, q => q.OrderByDescending(m => m.Date).ThenByDescending(m => m.Id));

public sealed class AgendaItemByIdLoader(ContentHubDbContext db, RowsByKey rows, HubContext hub)
    : HubScopedByKeyLoader<AgendaItem, AgendaItemModel>(db, rows, hub, i => i.Id, i => i.Id);

public sealed class AgendaByMeetingLoader(ContentHubDbContext db, IMappingConfiguration mapping)
    : ModelsByParentLoader<AgendaItem, AgendaItemModel>(
        mapping, db.AgendaItems, i => i.MeetingId, i => i.MeetingId, q => q.OrderBy(i => i.AddedAt).ThenBy(i => i.Id));

public sealed class AgendaByRequestLoader(ContentHubDbContext db, IMappingConfiguration mapping)
    : ModelsByParentLoader<AgendaItem, AgendaItemModel>(
        mapping, db.AgendaItems, i => i.HelpRequestId, i => i.HelpRequestId, q => q.OrderBy(i => i.AddedAt).ThenBy(i => i.Id));

public sealed class AssessmentsByAgendaItemLoader(ContentHubDbContext db, IMappingConfiguration mapping)
    : ModelsByParentLoader<PriorityAssessment, AssessmentModel>(
        mapping, db.PriorityAssessments, a => a.AgendaItemId, a => a.AgendaItemId, q => q.OrderBy(a => a.CreatedAt).ThenBy(a => a.Id));
