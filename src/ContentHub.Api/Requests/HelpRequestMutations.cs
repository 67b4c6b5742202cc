using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using GraphQL.Types;

namespace ContentHub.Api.Requests;

public sealed class SubmitRequestPayloadType() : PayloadType<HelpRequestType, HelpRequestModel>(
    "SubmitRequest", "helpRequest", typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(DuplicateErrorType), typeof(NotPermittedErrorType));

public sealed class UpdateRequestPayloadType() : PayloadType<HelpRequestType, HelpRequestModel>(
    "UpdateRequest", "helpRequest", typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(ConcurrencyConflictErrorType), typeof(NotPermittedErrorType));

public sealed class AddCaseCommentPayloadType() : PayloadType<CaseCommentType, CaseCommentModel>(
    "AddCaseComment", "comment", typeof(ValidationErrorType), typeof(NotFoundErrorType), typeof(NotPermittedErrorType));

public static class HelpRequestMutations
{
    public static void AddHelpRequestMutations(this ObjectGraphType mutation)
    {
        mutation.Mutation<SubmitRequestInputType, SubmitRequestPayloadType, SubmitRequestInput>(
            "submitRequest", "Files a new help request with the hub.",
            async (context, input) => await context.Get<HelpRequestCommands>().SubmitAsync(input, context.CancellationToken));
        mutation.Mutation<UpdateRequestInputType, UpdateRequestPayloadType, UpdateRequestInput>(
            "updateRequest", "Edits a request's content; fails with a conflict when someone saved it after `expectedVersion`.",
            async (context, input) => await context.Get<HelpRequestCommands>().UpdateAsync(input, context.CancellationToken));
        mutation.Mutation<AddCaseCommentInputType, AddCaseCommentPayloadType, AddCaseCommentInput>(
            "addCaseComment", "Adds a comment (or an internal note) to a case.",
            async (context, input) => await context.Get<HelpRequestCommands>().CommentAsync(input, context.CancellationToken));
    }
}
