using ContentHub.Api.Access;
using AutoMapper;
using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Api.Requests;
using ContentHub.Data;
using ContentHub.Data.Requests;
using ContentHub.Data.Usefulness;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Usefulness;

/// <summary>Records impact figures of finished cases, with a case event in the same save.</summary>
public sealed class ImpactCommands(Caller caller, ContentHubDbContext db, IMapper mapper, HubContext hub, CaseEventLog events, TimeProvider clock)
{
    /// <summary>
    /// Resolved counts as finished, not only closed: usage tools report soon after the upload, and a
    /// case may stay resolved for weeks before someone closes it.
    /// </summary>
    private static readonly RequestStatus[] Finished = [RequestStatus.Resolved, RequestStatus.Closed];

    public async Task<Payload<ImpactReportModel>> RecordAsync(RecordImpactInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var request = await hub.FindNodeAsync(db.HelpRequests, errors, "input.requestId", input.RequestId, "HelpRequest", cancellationToken);
        var report = new ImpactReport
        {
            FilesUploaded = Count(errors, "input.filesUploaded", input.FilesUploaded),
            FilesUsedOnWikiPages = Count(errors, "input.filesUsedOnWikiPages", input.FilesUsedOnWikiPages),
            WikidataItemsCreated = Count(errors, "input.wikidataItemsCreated", input.WikidataItemsCreated),
            Source = errors.Text("input.source", input.Source, Limits.Name, required: true) ?? "",
            SourceUrl = errors.Url("input.sourceUrl", input.SourceUrl),
            Note = errors.Text("input.note", input.Note, Limits.Summary, required: false),
            RecordedById = caller.PersonId,
            RecordedAt = clock.GetUtcNow(),
        };
        if (request is null || errors.Any)
        {
            return Payload<ImpactReportModel>.Failure(errors.All);
        }

        if (!Finished.Contains(request.Status))
        {
            return new CaseNotFinishedError(request.Status,
                $"A case that is {RequestWorkflow.Words(request.Status)} has no impact to count yet; record it once the case is resolved or closed.");
        }

        // Not an edit of the case: its version stays, so editors of the case never collide with a counting tool.
        report.HelpRequestId = request.Id;
        db.ImpactReports.Add(report);
        events.Append(request, CaseEventKind.ImpactRecorded, new
        {
            report.FilesUploaded, report.FilesUsedOnWikiPages, report.WikidataItemsCreated, report.Source,
        });
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ImpactReportModel>(report);
    }

    private static int Count(InputErrors errors, string field, int value) => errors.Range(field, value, 0, RequestContentRules.MaxContentVolume) ?? 0;
}
