using AutoMapper;
using ContentHub.Api.Access;
using ContentHub.Api.Assignments;
using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.KnowledgeBase;
using ContentHub.Api.Usefulness;
using ContentHub.Data;
using ContentHub.Data.People;
using ContentHub.Data.Requests;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Requests;

/// <summary>Submits, edits and comments on cases. Every change and its case event are saved together.</summary>
public sealed class HelpRequestCommands(
    ContentHubDbContext db, IMapper mapper, HubContext hub, CaseEventLog events, RequestContentRules rules, KnowledgeArticleCommands articles, CaseTeam team,
    Caller caller, RequestAccess access, StepPermissions permissions, AnonymousRequesters anonymous, TimeProvider clock)
{
    private static readonly Role[] RespondingRoles = [Role.Staff, Role.Expert, Role.Admin];

    public async Task<Payload<HelpRequestModel>> SubmitAsync(SubmitRequestInput input, CancellationToken cancellationToken)
    {
        var hubId = await hub.GetHubIdAsync(cancellationToken);
        var errors = new InputErrors();
        var affiliateId = errors.Id("input.affiliateId", input.AffiliateId, "Affiliate");
        Person? guest = null;
        if (!caller.IsSignedIn)
        {
            if (await anonymous.RefuseAsync(hubId, cancellationToken) is { } refused)
            {
                return refused;
            }

            guest = anonymous.Prepare(input.Contact, hubId, errors);
        }
        else if (input.Contact is not null)
        {
            errors.Add(new ValidationError("input.contact", "A signed-in requester is reached through their account; leave contact out."));
        }

        var requesterId = !caller.IsSignedIn ? null
            : input.RequesterId is null ? caller.PersonId : errors.Id("input.requesterId", input.RequesterId, "Person");
        if (input.RequesterId is not null && requesterId != caller.PersonId && !await caller.IsStaffAsync(cancellationToken))
        {
            return new NotPermittedError("input.requesterId", "Only the hub's staff may file a request on someone else's behalf.");
        }

        if (affiliateId is { } affiliate && !await db.Affiliates.AnyAsync(a => a.Id == affiliate, cancellationToken))
        {
            errors.NotFound("input.affiliateId", input.AffiliateId, "Affiliate");
            affiliateId = null;
        }

        if (requesterId is { } requester && !await db.People.AnyAsync(p => p.Id == requester, cancellationToken))
        {
            errors.NotFound("input.requesterId", input.RequesterId!, "Person");
        }
        else if (requesterId is { } member && affiliateId is { } of
            && !await db.AffiliateMemberships.AnyAsync(m => m.PersonId == member && m.AffiliateId == of, cancellationToken))
        {
            errors.Add(new ValidationError(input.RequesterId is null ? "input.affiliateId" : "input.requesterId",
                "The requester is not a member of the requesting affiliate."));
        }

        var idempotencyKey = errors.Text("input.idempotencyKey", input.IdempotencyKey, Limits.IdempotencyKey, required: false);
        if (!errors.Any && idempotencyKey is not null && guest is null && await FiledBeforeAsync(hubId, requesterId!.Value, idempotencyKey, input, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var now = clock.GetUtcNow();
        var request = new HelpRequest
        {
            HubId = hubId,
            Title = "",
            Description = "",
            Language = "",
            AffiliateId = affiliateId ?? 0,
            RequesterId = requesterId ?? 0,
            Requester = guest,
            Status = RequestStatus.Submitted,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
            IdempotencyKey = idempotencyKey,
            IsPublic = input.IsPublic == true,
        };
        await rules.ApplyAsync(request, errors, new RequestContent(
            input.Title, input.Description, input.Language, input.Partner, ClearPartner: false, input.HelpTypes, input.TargetPlatforms ?? [],
            input.ContentVolume ?? 0, input.UsefulnessPlan, new ContentUsePlan(input.IntendedUses, input.LicenceStatus, input.MetadataQuality),
            input.CampaignId, ClearCampaign: false), cancellationToken);
        if (errors.Any)
        {
            return Payload<HelpRequestModel>.Failure(errors.All);
        }

        db.HelpRequests.Add(request);
        events.Append(request, CaseEventKind.Created);
        if (!await db.SaveUnlessTakenMeanwhileAsync(cancellationToken))
        {
            // Only the idempotency key is unique: a retry racing this call filed the case first.
            db.ChangeTracker.Clear();
            return (await FiledBeforeAsync(hubId, request.RequesterId, idempotencyKey!, input, cancellationToken))!;
        }

        return mapper.Map<HelpRequestModel>(request);
    }

    /// <summary>
    /// The case this requester filed with the same key: returned again for a retry of the same
    /// request, refused (DUPLICATE) when the key comes back with another title or description.
    /// </summary>
    private async Task<Payload<HelpRequestModel>?> FiledBeforeAsync(
        int hubId, int requesterId, string key, SubmitRequestInput input, CancellationToken cancellationToken)
    {
        var earlier = await db.HelpRequests.AsNoTracking()
            .SingleOrDefaultAsync(r => r.HubId == hubId && r.RequesterId == requesterId && r.IdempotencyKey == key, cancellationToken);
        if (earlier is null)
        {
            return null;
        }

        return earlier.Title.Trim() == input.Title.Trim() && earlier.Description.Trim() == input.Description.Trim()
            ? mapper.Map<HelpRequestModel>(earlier)
            : new DuplicateError("input.idempotencyKey", "This idempotency key was already used for a different request; use a new key for a new request.");
    }

    public async Task<Payload<HelpRequestModel>> UpdateAsync(UpdateRequestInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var request = await FindAsync(errors, "input.id", input.Id, cancellationToken);
        if (request is null)
        {
            return Payload<HelpRequestModel>.Failure(errors.All);
        }

        if (!await access.MayEditAsync(request, cancellationToken))
        {
            return new NotPermittedError("input.id", "Only the requester's affiliate or the hub's staff may edit a request.");
        }

        if (request.Version != input.ExpectedVersion)
        {
            return Conflict(input.ExpectedVersion, request.Version);
        }

        var before = Snapshot(request);
        request.IsPublic = input.IsPublic ?? request.IsPublic;
        await rules.ApplyAsync(request, errors, new RequestContent(
            input.Title ?? request.Title, input.Description ?? request.Description, input.Language ?? request.Language,
            input.Partner ?? Current(request.Partner), input.ClearPartner == true, input.HelpTypes, input.TargetPlatforms ?? request.TargetPlatforms,
            input.ContentVolume ?? request.ContentVolume, input.UsefulnessPlan ?? request.UsefulnessPlan,
            new ContentUsePlan(input.IntendedUses, input.LicenceStatus, input.MetadataQuality), input.CampaignId, input.ClearCampaign == true),
            cancellationToken);
        if (errors.Any)
        {
            return Payload<HelpRequestModel>.Failure(errors.All);
        }

        var changed = Snapshot(request).Where(pair => !Equals(before[pair.Key], pair.Value)).Select(pair => pair.Key).ToList();
        if (changed.Count == 0)
        {
            return mapper.Map<HelpRequestModel>(request);
        }

        request.UpdatedAt = clock.GetUtcNow();
        events.Append(request, CaseEventKind.Updated, new { fields = changed });
        return await db.SaveUnlessEditedMeanwhileAsync(request, cancellationToken) is { } current
            ? Conflict(input.ExpectedVersion, current)
            : mapper.Map<HelpRequestModel>(request);
    }

    public async Task<Payload<CaseCommentModel>> CommentAsync(AddCaseCommentInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var request = await FindAsync(errors, "input.requestId", input.RequestId, cancellationToken);
        var body = errors.Markdown("input.body", input.Body, Limits.Comment, required: true);
        if (errors.Any || request is null)
        {
            return Payload<CaseCommentModel>.Failure(errors.All);
        }

        if (input.Internal == true && !await access.SeesEveryInternalNoteAsync(cancellationToken) && !await access.WorksOnAsync(request.Id, cancellationToken))
        {
            return new NotPermittedError("input.internal", "Internal notes are written by the hub's staff, its committee and the experts working on the case.");
        }

        var now = clock.GetUtcNow();
        var comment = new CaseComment { HelpRequestId = request.Id, AuthorId = caller.PersonId!.Value, Body = body!, IsInternal = input.Internal == true, CreatedAt = now };
        db.CaseComments.Add(comment);
        events.Append(request, CaseEventKind.Commented, new { comment.IsInternal });
        // The hub's first reply to the requester stops the first-response clock: a visible comment
        // by someone who answers for the hub, not by the requester or an outsider.
        var firstResponse = comment.AuthorId != request.RequesterId && !comment.IsInternal
            && await db.HubRoles.AnyAsync(
                r => r.PersonId == comment.AuthorId && r.HubId == request.HubId && RespondingRoles.Contains(r.Role), cancellationToken);

        // A comment is not an edit of the case: it must not collide with other comments or editors
        // over the case's version, so the case's timestamps are set in SQL, in the same transaction.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
            await db.HelpRequests.Where(r => r.Id == request.Id).ExecuteUpdateAsync(
                set => set
                    .SetProperty(r => r.UpdatedAt, now)
                    .SetProperty(r => r.FirstRespondedAt, r => r.FirstRespondedAt == null && firstResponse ? now : r.FirstRespondedAt),
                cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        db.ChangeTracker.AcceptAllChanges();
        return mapper.Map<CaseCommentModel>(comment);
    }

    public async Task<Payload<ResolvedCase>> ResolveAsync(ResolveRequestInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var request = await FindAsync(errors, "input.id", input.Id, cancellationToken);
        var resolution = errors.Markdown("input.resolution", input.Resolution, Limits.Description, required: true);
        var title = errors.Text("input.articleTitle", input.ArticleTitle, Limits.Title, required: false);
        var tags = (input.ArticleTags ?? []).Select((tag, i) => errors.Key($"input.articleTags[{i}]", tag)).OfType<string>().Distinct().ToList();
        if (request is null || errors.Any)
        {
            return Payload<ResolvedCase>.Failure(errors.All);
        }

        if (await permissions.CheckResolveAsync(request, cancellationToken) is { } notPermitted)
        {
            return notPermitted;
        }

        if (request.Version != input.ExpectedVersion)
        {
            return Conflict(input.ExpectedVersion, request.Version);
        }

        if (RequestWorkflow.Check(request.Status, RequestStatus.Resolved, "resolved") is { } invalid)
        {
            return invalid;
        }

        var now = clock.GetUtcNow();
        var from = request.Status;
        request.Status = RequestStatus.Resolved;
        request.Resolution = resolution;
        request.ResolvedAt = now;
        request.UpdatedAt = now;
        var ended = await team.FinishWorkAsync(request, cancellationToken);
        events.Append(request, CaseEventKind.Resolved, new
        {
            from = from.ToString(), promoted = input.PromoteToArticle == true,
            releasedAssignments = ended.ReleasedAssignments, completedReferrals = ended.CompletedReferrals,
        });
        var article = input.PromoteToArticle == true
            ? await articles.DraftFromCaseAsync(request, title ?? request.Title, tags.Count > 0 ? tags : request.HelpTypes.Select(t => t.Key).ToList(), cancellationToken)
            : null;
        if (await db.SaveUnlessEditedMeanwhileAsync(request, cancellationToken) is { } current)
        {
            return Conflict(input.ExpectedVersion, current);
        }

        return new ResolvedCase(mapper.Map<HelpRequestModel>(request), article is null ? null : mapper.Map<KnowledgeArticleModel>(article));
    }

    private async Task<HelpRequest?> FindAsync(InputErrors errors, string field, string id, CancellationToken cancellationToken) =>
        await hub.FindNodeAsync(await access.VisibleAsync(db.HelpRequests.Include(r => r.HelpTypes), cancellationToken), errors, field, id, "HelpRequest", cancellationToken);

    private static ConcurrencyConflictError Conflict(int expected, int current) => ConcurrencyConflictError.Of("request", expected, current);

    private static PartnerInstitutionInput? Current(PartnerInstitution? partner) =>
        partner is null ? null : new PartnerInstitutionInput(partner.Name, partner.Type, partner.WikidataId);

    private static Dictionary<string, object?> Snapshot(HelpRequest r) => new()
    {
        ["title"] = r.Title,
        ["description"] = r.Description,
        ["isPublic"] = r.IsPublic,
        ["language"] = r.Language,
        ["partner"] = r.Partner is null ? null : (r.Partner.Name, r.Partner.Type, r.Partner.WikidataId),
        ["helpTypes"] = string.Join(",", r.HelpTypes.Select(t => t.Key).Order()),
        ["targetPlatforms"] = string.Join(",", r.TargetPlatforms.Order()),
        ["contentVolume"] = r.ContentVolume,
        ["usefulnessPlan"] = r.UsefulnessPlan,
        ["intendedUses"] = string.Join(",", r.IntendedUses.Order()),
        ["licenceStatus"] = r.LicenceStatus,
        ["metadataQuality"] = r.MetadataQuality,
        ["campaign"] = r.CampaignId,
    };
}
