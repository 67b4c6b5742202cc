using AutoMapper;
using ContentHub.Api.Assignments;
using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.Requests;
using ContentHub.Data;
using ContentHub.Data.Committee;
using ContentHub.Data.Requests;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Committee;

/// <summary>Schedules the committee's meetings and puts cases from the queue on their agendas (staff work).</summary>
public sealed class MeetingCommands(
    ContentHubDbContext db, IMapper mapper, HubContext hub, AgendaStore agenda, CaseTeamStore store, StatusMoves moves, CaseEventLog events, TimeProvider clock)
{
    public async Task<Payload<CommitteeMeetingModel>> ScheduleAsync(ScheduleCommitteeMeetingInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var committee = await hub.FindNodeAsync(db.Committees, errors, "input.committeeId", input.CommitteeId, "Committee", cancellationToken);
        var title = errors.Text("input.title", input.Title, Limits.Title, required: true);
        // A meeting just held may be recorded afterwards; one planned years ahead is a typing slip.
        errors.Date("input.date", input.Date, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), yearsBack: 1, yearsAhead: 5);
        if (committee is null || errors.Any)
        {
            return Payload<CommitteeMeetingModel>.Failure(errors.All);
        }

        // The meeting is held under the criteria in force today; a later edit by the chair applies to later meetings.
        var version = await db.CriteriaVersions.Where(v => v.CommitteeId == committee.Id).OrderByDescending(v => v.Number).FirstAsync(cancellationToken);
        var meeting = new CommitteeMeeting
        {
            HubId = committee.HubId, CommitteeId = committee.Id, Title = title!, Date = input.Date, CriteriaVersionId = version.Id, CreatedAt = clock.GetUtcNow(),
        };
        db.CommitteeMeetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<CommitteeMeetingModel>(meeting);
    }

    /// <summary>
    /// A TRIAGED case moves to AWAITING_COMMITTEE. A case already awaiting the committee with no
    /// open agenda item (the seed's, or one put there before meetings existed) joins the agenda as it is.
    /// </summary>
    public async Task<Payload<AgendaItemModel>> AddToAgendaAsync(AddToAgendaInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var meeting = await hub.FindNodeAsync(db.CommitteeMeetings, errors, "input.meetingId", input.MeetingId, "CommitteeMeeting", cancellationToken);
        var request = await store.FindCaseAsync(errors, "input.requestId", input.RequestId, cancellationToken);
        if (meeting is null || request is null)
        {
            return Payload<AgendaItemModel>.Failure(errors.All);
        }

        var readVersion = request.Version;
        var onAgenda = await db.AgendaItems.AnyAsync(
            i => i.HelpRequestId == request.Id && (i.MeetingId == meeting.Id || i.Decision == null), cancellationToken);
        MutationError? refused = CheckNotCancelled(meeting)
            ?? CaseTeamStore.CheckVersion(request, input.ExpectedVersion)
            ?? (onAgenda ? (MutationError)new DuplicateError("input.requestId", "The case is already on an open agenda, or was on this meeting's.") : null)
            ?? (request.Status == RequestStatus.AwaitingCommittee ? null : moves.Move(request, RequestStatus.AwaitingCommittee, "put on the committee's agenda"));
        if (refused is not null)
        {
            return refused;
        }

        var item = new AgendaItem { HubId = meeting.HubId, Meeting = meeting, HelpRequestId = request.Id, AddedAt = clock.GetUtcNow() };
        db.AgendaItems.Add(item);
        // The agenda item's id is not known before the save; the meeting names where to find it.
        events.Append(request, CaseEventKind.Updated, new { fields = new[] { "agenda" }, meeting = GlobalId.Format("CommitteeMeeting", meeting.Id) });
        return await store.SaveAsync(request, readVersion, cancellationToken) is { } conflict ? conflict : mapper.Map<AgendaItemModel>(item);
    }

    /// <summary>
    /// Takes an undecided item off its meeting's agenda, with the members' scores for it; the case's
    /// history keeps the reason. A case AWAITING_COMMITTEE goes back to TRIAGED; one that has moved
    /// on meanwhile (on hold, withdrawn) keeps its status. A decided item is the meeting's record and stays.
    /// </summary>
    public async Task<Payload<HelpRequestModel>> RemoveFromAgendaAsync(RemoveFromAgendaInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var item = await agenda.FindItemAsync(errors, input.AgendaItemId, cancellationToken);
        var reason = errors.Text("input.reason", input.Reason, Limits.Summary, required: true);
        if (item is null || errors.Any)
        {
            return Payload<HelpRequestModel>.Failure(errors.All);
        }

        var request = item.HelpRequest!;
        var readVersion = request.Version;
        MutationError? refused = (MutationError?)AgendaStore.CheckOpen(item)
            ?? CaseTeamStore.CheckVersion(request, input.ExpectedVersion)
            ?? (MutationError?)TakeOffAgenda(item, reason!);
        if (refused is not null)
        {
            return refused;
        }

        return await store.SaveAsync(request, readVersion, cancellationToken) is { } conflict ? conflict : mapper.Map<HelpRequestModel>(request);
    }

    /// <summary>
    /// Calls off a meeting that has decided nothing: every case comes off its agenda as with
    /// <see cref="RemoveFromAgendaAsync"/>, in one save. A case edited meanwhile makes the save fail
    /// as a whole, and it is read and made again: staff name the meeting, not the cases' versions.
    /// A meeting that decided a case was held; its record stays.
    /// </summary>
    public Task<Payload<CommitteeMeetingModel>> CancelAsync(CancelCommitteeMeetingInput input, CancellationToken cancellationToken) =>
        store.ChangeAsync(null, () => CancelOnceAsync(input, cancellationToken));

    private async Task<Payload<CommitteeMeetingModel>> CancelOnceAsync(CancelCommitteeMeetingInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var meeting = await hub.FindNodeAsync(
            db.CommitteeMeetings.Include(m => m.Agenda).ThenInclude(i => i.HelpRequest).Include(m => m.Agenda).ThenInclude(i => i.Assessments),
            errors, "input.meetingId", input.MeetingId, "CommitteeMeeting", cancellationToken);
        var reason = errors.Text("input.reason", input.Reason, Limits.Summary, required: true);
        if (meeting is null || errors.Any)
        {
            return Payload<CommitteeMeetingModel>.Failure(errors.All);
        }

        MutationError? refused = CheckNotCancelled(meeting)
            ?? (meeting.Agenda.Any(i => i.Decision is not null)
                ? new MeetingHeldError("input.meetingId", "The meeting has decided cases already: it was held, and its record stays. Take undecided cases off its agenda one by one.")
                : null)
            ?? (MutationError?)meeting.Agenda.Select(item => TakeOffAgenda(item, reason!)).FirstOrDefault(error => error is not null);
        if (refused is not null)
        {
            return refused;
        }

        var now = clock.GetUtcNow();
        meeting.CancelledAt = now;
        meeting.CancellationReason = reason;
        foreach (var request in meeting.Agenda.Select(i => i.HelpRequest!))
        {
            request.UpdatedAt = now;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A case on the agenda, or the agenda itself, changed meanwhile: CancelAsync goes round
            // again. The caller named no version, so there is none to report.
            return new ConcurrencyConflictError(0, 0, "The meeting's agenda or a case on it changed while it was being called off. Reload the meeting and try again.");
        }

        return mapper.Map<CommitteeMeetingModel>(meeting);
    }

    private static MeetingCancelledError? CheckNotCancelled(CommitteeMeeting meeting) =>
        meeting.CancelledAt is { } cancelledAt
            ? new MeetingCancelledError("input.meetingId", cancelledAt, $"The meeting was called off on {cancelledAt:yyyy-MM-dd}: {meeting.CancellationReason}")
            : null;

    /// <summary>
    /// Takes an undecided item off its agenda with the members' scores for it; a case
    /// AWAITING_COMMITTEE goes back to TRIAGED, and its history keeps the reason.
    /// </summary>
    private InvalidTransitionError? TakeOffAgenda(AgendaItem item, string reason)
    {
        var request = item.HelpRequest!;
        if (request.Status == RequestStatus.AwaitingCommittee && moves.Move(request, RequestStatus.Triaged, "taken off the agenda", reason) is { } refused)
        {
            return refused;
        }

        db.PriorityAssessments.RemoveRange(item.Assessments);
        db.AgendaItems.Remove(item);
        events.Append(request, CaseEventKind.Updated, new
        {
            fields = new[] { "agenda" }, removedFrom = GlobalId.Format("CommitteeMeeting", item.MeetingId), reason,
        });
        return null;
    }
}
