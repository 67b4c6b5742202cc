using ContentHub.Api.Access;
using AutoMapper;
using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.Requests;
using ContentHub.Data;
using ContentHub.Data.Committee;
using ContentHub.Data.Requests;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Committee;

/// <summary>A member's scores of an agenda item, per criterion of the meeting's criteria version.</summary>
public sealed class ScoringCommands(Caller caller, ContentHubDbContext db, IMapper mapper, AgendaStore agenda, CaseEventLog events, TimeProvider clock)
{
    public async Task<Payload<AgendaItemModel>> ScoreAsync(ScoreAgendaItemInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var item = await agenda.FindItemAsync(errors, input.AgendaItemId, cancellationToken);
        var memberId = caller.PersonId;
        var comment = errors.Text("input.comment", input.Comment, Limits.Comment, required: false);
        if (item is null || memberId is null)
        {
            return Payload<AgendaItemModel>.Failure(errors.All);
        }

        var criteria = await db.PrioritisationCriteria.Where(c => c.CriteriaVersionId == item.Meeting!.CriteriaVersionId).ToListAsync(cancellationToken);
        var scores = ReadScores(errors, input.Scores, criteria);
        if (errors.Any)
        {
            return Payload<AgendaItemModel>.Failure(errors.All);
        }

        var request = item.HelpRequest!;
        var member = await db.CommitteeMembers.FirstOrDefaultAsync(m => m.CommitteeId == item.Meeting!.CommitteeId && m.PersonId == memberId, cancellationToken);
        if (AgendaStore.CheckOpen(item) is { } closed)
        {
            return closed;
        }

        if (member is null)
        {
            return new NotCommitteeMemberError("input.agendaItemId", "Only members of the meeting's committee score its agenda.");
        }

        if (member.AffiliateId == request.AffiliateId)
        {
            return new ConflictOfInterestError("input.agendaItemId", "You come from the requesting affiliate and may not score its request.");
        }

        // Scoring again replaces the member's scores while the item is open.
        var assessment = item.Assessments.SingleOrDefault(a => a.MemberId == member.PersonId);
        if (assessment is null)
        {
            assessment = new PriorityAssessment { CommitteeId = member.CommitteeId, HelpRequestId = item.HelpRequestId, MemberId = member.PersonId };
            assessment.Scores.AddRange(scores.Select(s => new CriterionScore { CriterionId = s.Key, Score = s.Value }));
            item.Assessments.Add(assessment);
        }
        else
        {
            assessment.Scores.ForEach(s => s.Score = scores[s.CriterionId]);
        }

        assessment.Comment = comment;
        assessment.CreatedAt = clock.GetUtcNow();
        // The event says who scored, not how: scores and comments are for the committee and staff only.
        events.Append(request, CaseEventKind.Scored, new { agendaItem = GlobalId.Format("AgendaItem", item.Id) });
        return await db.SaveUnlessTakenMeanwhileAsync(cancellationToken)
            ? mapper.Map<AgendaItemModel>(item)
            : new DuplicateError("input.agendaItemId", "Another scoring of yours was saved at the same moment; reload and score again.");
    }

    /// <summary>Scores by criterion id: every criterion of the version exactly once, each 1–5.</summary>
    private static Dictionary<int, int> ReadScores(InputErrors errors, IReadOnlyList<CriterionScoreInput> inputs, IReadOnlyList<PrioritisationCriterion> criteria)
    {
        var byKey = criteria.ToDictionary(c => c.Key, StringComparer.Ordinal);
        var scores = new Dictionary<int, int>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var field = $"input.scores[{i}]";
            errors.Range($"{field}.score", inputs[i].Score, 1, 5);
            if (!byKey.TryGetValue(inputs[i].CriterionKey, out var criterion))
            {
                errors.Add(new ValidationError($"{field}.criterionKey", $"'{inputs[i].CriterionKey}' is not a criterion of this meeting's criteria version."));
            }
            else if (!scores.TryAdd(criterion.Id, inputs[i].Score))
            {
                errors.Add(new ValidationError($"{field}.criterionKey", $"'{criterion.Key}' is scored twice."));
            }
        }

        var missing = criteria.Where(c => !scores.ContainsKey(c.Id)).Select(c => c.Key).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new ValidationError("input.scores", $"Score every criterion; missing: {string.Join(", ", missing)}."));
        }

        return scores;
    }
}
