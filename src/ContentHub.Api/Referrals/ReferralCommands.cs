using ContentHub.Api.Access;
using AutoMapper;
using ContentHub.Api.Assignments;
using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.Requests;
using ContentHub.Data;
using ContentHub.Data.Experts;
using Microsoft.EntityFrameworkCore;
using ContentHub.Data.Requests;

namespace ContentHub.Api.Referrals;

/// <summary>Hands a case (or part of it) to an external expert or organisation, and records their answers.</summary>
public sealed class ReferralCommands(
    ContentHubDbContext db, IMapper mapper, HubContext hub, CaseTeamStore store, CaseTeam team, CaseEventLog events, Caller caller, TimeProvider clock)
{
    public async Task<Payload<TeamChange<ReferralModel>>> ReferAsync(ReferRequestInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var request = await store.FindCaseAsync(errors, "input.requestId", input.RequestId, cancellationToken);
        var expert = input.ExpertId is null ? null
            : await hub.FindNodeAsync(db.ExpertProfiles, errors, "input.expertId", input.ExpertId, "ExpertProfile", cancellationToken);
        var organisation = errors.Text("input.organisationName", input.OrganisationName, Limits.Name, required: false);
        var note = errors.Text("input.note", input.Note, Limits.Summary, required: true);
        if ((input.ExpertId is null) == (organisation is null))
        {
            errors.Add(organisation is null
                ? new ValidationError("input.expertId", "Name the external expert (expertId) or the organisation (organisationName) to refer to.")
                : new ValidationError("input.organisationName", "Refer to an expert or to an organisation, not both."));
        }

        if (expert is { Kind: ExpertKind.Internal })
        {
            errors.Add(new ValidationError("input.expertId", "This expert is on the hub's staff; assign them with assignExpert instead."));
        }

        if (request is null || errors.Any)
        {
            return Payload<TeamChange<ReferralModel>>.Failure(errors.All);
        }

        var readVersion = request.Version;
        // Every check before the one that moves the case, so a refusal leaves nothing changed.
        MutationError? refused = CaseTeamStore.CheckVersion(request, input.ExpectedVersion)
            ?? AlreadyReferred(request, expert?.Id, organisation)
            ?? (expert is null ? null : team.Unavailable(expert, "input.expertId"))
            ?? (MutationError?)team.TakeOn(request, RequestStatus.Referred, "referred");
        if (refused is not null)
        {
            return refused;
        }

        var referral = new Referral
        {
            ExpertProfileId = expert?.Id, OrganisationName = organisation, Note = note, State = ReferralState.Proposed, CreatedAt = clock.GetUtcNow(),
        };
        request.Referrals.Add(referral);
        events.Append(request, CaseEventKind.Referred, new
        {
            expert = expert is null ? null : GlobalId.Format("ExpertProfile", expert.Id), organisation, note,
        });
        return await store.SaveAsync(request, readVersion, cancellationToken) is { } conflict ? conflict : Changed(request, referral);
    }

    public Task<Payload<TeamChange<ReferralModel>>> AcceptAsync(AcceptReferralInput input, CancellationToken cancellationToken) =>
        AnswerAsync(new(input.ReferralId, input.ExpectedVersion, ReferralState.Accepted, "input.note", input.Note, NoteRequired: false),
            request => team.TakeOn(request, RequestStatus.InProgress, "put in progress"), cancellationToken);

    public Task<Payload<TeamChange<ReferralModel>>> DeclineAsync(DeclineReferralInput input, CancellationToken cancellationToken) =>
        AnswerAsync(new(input.ReferralId, input.ExpectedVersion, ReferralState.Declined, "input.reason", input.Reason, NoteRequired: true),
            team.FollowTeamAfterLeaving, cancellationToken);

    public Task<Payload<TeamChange<ReferralModel>>> HandBackAsync(HandBackReferralInput input, CancellationToken cancellationToken) =>
        AnswerAsync(new(input.ReferralId, input.ExpectedVersion, ReferralState.HandedBack, "input.note", input.Note, NoteRequired: true),
            team.FollowTeamAfterLeaving, cancellationToken);

    // The case stays in progress: staff resolve it with the expert's work in hand.
    public Task<Payload<TeamChange<ReferralModel>>> CompleteAsync(CompleteReferralInput input, CancellationToken cancellationToken) =>
        AnswerAsync(new(input.ReferralId, input.ExpectedVersion, ReferralState.Completed, "input.note", input.Note, NoteRequired: false),
            _ => null, cancellationToken);

    /// <summary>The expert answers for themself; staff record an answer given by mail or on behalf of an organisation.</summary>
    private async Task<bool> MayAnswerAsync(Referral referral, CancellationToken cancellationToken) =>
        await caller.IsStaffAsync(cancellationToken)
        || (referral.ExpertProfileId is { } expert && await db.ExpertProfiles.AnyAsync(e => e.Id == expert && e.PersonId == caller.PersonId, cancellationToken));

    /// <summary>Moves the referral, records the answer, then lets the case follow (<paramref name="caseFollows"/>).</summary>
    private Task<Payload<TeamChange<ReferralModel>>> AnswerAsync(
        ReferralAnswer answer, Func<HelpRequest, InvalidTransitionError?> caseFollows, CancellationToken cancellationToken) =>
        store.ChangeAsync(answer.ExpectedVersion, async () =>
        {
            var errors = new InputErrors();
            var found = await store.FindCaseHoldingAsync<Referral>(errors, "input.referralId", answer.ReferralId, "Referral", cancellationToken);
            var note = errors.Text(answer.NoteField, answer.Note, Limits.Summary, answer.NoteRequired);
            if (found is not ({ } request, var key) || errors.Any)
            {
                return Payload<TeamChange<ReferralModel>>.Failure(errors.All);
            }

            var referral = request.Referrals.Single(r => r.Id == key);
            if (!await MayAnswerAsync(referral, cancellationToken))
            {
                return new NotPermittedError("input.referralId", "Only the referred expert or the hub's staff may answer a referral.");
            }

            var (readVersion, from) = (request.Version, referral.State);
            MutationError? refused = (MutationError?)CaseTeamStore.CheckVersion(request, answer.ExpectedVersion) ?? ReferralWorkflow.Check(from, answer.To);
            if (refused is not null)
            {
                return refused;
            }

            referral.State = answer.To;
            // RespondedAt is when the expert answered the proposal; later steps are in the event log.
            referral.RespondedAt ??= clock.GetUtcNow();
            events.Append(request, CaseEventKind.ReferralUpdated, new
            {
                referral = GlobalId.Format("Referral", key), from = from.ToString(), to = answer.To.ToString(), note,
            });
            if (caseFollows(request) is { } invalid)
            {
                return invalid;
            }

            return await store.SaveAsync(request, readVersion, cancellationToken) is { } conflict ? conflict : Changed(request, referral);
        });

    /// <summary>DUPLICATE when the same expert or organisation already holds an open referral of the case.</summary>
    private static DuplicateError? AlreadyReferred(HelpRequest request, int? expertId, string? organisation) =>
        request.Referrals.Any(r => ReferralWorkflow.Open.Contains(r.State)
            && (expertId is { } id ? r.ExpertProfileId == id : string.Equals(r.OrganisationName, organisation, StringComparison.OrdinalIgnoreCase)))
            ? new DuplicateError(expertId is null ? "input.organisationName" : "input.expertId", "The case is already referred to them and awaits or has their answer.")
            : null;

    private Payload<TeamChange<ReferralModel>> Changed(HelpRequest request, Referral referral) =>
        new TeamChange<ReferralModel>(mapper.Map<HelpRequestModel>(request), mapper.Map<ReferralModel>(referral));

    private sealed record ReferralAnswer(string ReferralId, int? ExpectedVersion, ReferralState To, string NoteField, string? Note, bool NoteRequired);
}
