using ContentHub.Api.Access;
using AutoMapper;
using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Data;
using ContentHub.Data.Committee;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Committee;

/// <summary>The chair's edits of the criteria and weights, each saved as a new criteria version.</summary>
public sealed class CriteriaCommands(Caller caller, ContentHubDbContext db, IMapper mapper, HubContext hub, TimeProvider clock)
{
    /// <summary>Weights are stored with four decimals; their sum may be off 1 by rounding, no more.</summary>
    private const decimal WeightTolerance = 0.001m;

    public async Task<Payload<CommitteeModel>> UpdateAsync(UpdateCommitteeCriteriaInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var committee = await hub.FindNodeAsync(db.Committees, errors, "input.committeeId", input.CommitteeId, "Committee", cancellationToken);
        var chairId = caller.PersonId;
        var criteria = ReadCriteria(errors, input.Criteria);
        if (committee is not null && chairId is { } chair && !await db.CommitteeMembers.AnyAsync(
            m => m.CommitteeId == committee.Id && m.PersonId == chair && m.Role == CommitteeRole.Chair, cancellationToken))
        {
            errors.Add(new NotCommitteeChairError("input.committeeId", "Only the committee's chair edits its criteria and weights."));
        }

        if (committee is null || errors.Any)
        {
            return Payload<CommitteeModel>.Failure(errors.All);
        }

        var latest = await db.CriteriaVersions.Where(v => v.CommitteeId == committee.Id).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0;
        var version = new CriteriaVersion { CommitteeId = committee.Id, Number = latest + 1, CreatedAt = clock.GetUtcNow(), ChangedById = chairId };
        foreach (var criterion in criteria)
        {
            criterion.CommitteeId = committee.Id;
            version.Criteria.Add(criterion);
        }

        db.CriteriaVersions.Add(version);
        // Two edits at once would both claim the next number; the unique index lets one win.
        return await db.SaveUnlessTakenMeanwhileAsync(cancellationToken)
            ? mapper.Map<CommitteeModel>(committee)
            : ConcurrencyConflictError.Of("criteria", latest, latest + 1);
    }

    private static List<PrioritisationCriterion> ReadCriteria(InputErrors errors, IReadOnlyList<CriterionInput> inputs)
    {
        if (inputs.Count == 0)
        {
            errors.Add(new ValidationError("input.criteria", "Name at least one criterion."));
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        var criteria = inputs.Select((c, i) =>
        {
            var field = $"input.criteria[{i}]";
            var key = errors.Key($"{field}.key", c.Key);
            if (key is not null && !keys.Add(key))
            {
                errors.Add(new DuplicateError($"{field}.key", $"The key '{key}' is used by two criteria."));
            }

            if (c.Weight <= 0 || c.Weight > 1 || decimal.Round(c.Weight, 4) != c.Weight)
            {
                errors.Add(new ValidationError($"{field}.weight", $"{field}.weight must be above 0, at most 1, with at most four decimals."));
            }

            return new PrioritisationCriterion
            {
                Key = key ?? "", Name = errors.Text($"{field}.name", c.Name, Limits.Name, required: true) ?? "",
                Description = errors.Text($"{field}.description", c.Description, Limits.Summary, required: false),
                Weight = c.Weight, Direction = c.Direction, SortOrder = i,
            };
        }).ToList();
        // Only weights in range are summed: two weights of 7.9e28 overflow a decimal (found by the fuzz test).
        if (inputs.Count > 0 && inputs.All(c => c.Weight is > 0 and <= 1) && Math.Abs(inputs.Sum(c => c.Weight) - 1m) > WeightTolerance)
        {
            errors.Add(new ValidationError("input.criteria", $"The weights must add up to 1; they add up to {inputs.Sum(c => c.Weight)}."));
        }

        return criteria;
    }
}
