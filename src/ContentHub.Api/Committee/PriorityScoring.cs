using ContentHub.Data.Committee;

namespace ContentHub.Api.Committee;

/// <summary>One criterion's part of a priority score: the members' mean score, its weight and what it adds.</summary>
public sealed record CriterionContribution(CriterionModel Criterion, decimal MeanScore, decimal Weight, decimal Contribution);

/// <summary>The weighted priority score (0–5) of an agenda item and how each criterion made it up.</summary>
public sealed record PriorityBreakdown(decimal Score, int Assessments, IReadOnlyList<CriterionContribution> Criteria);

/// <summary>
/// The committee's arithmetic: per criterion the mean of the members' scores (a LOWER_IS_BETTER
/// criterion, a risk, counts as 6 − mean, so a low risk raises priority), times its weight; the
/// sum is the priority score. Weights add up to 1, so the score stays on the 1–5 scale.
/// </summary>
public static class PriorityScoring
{
    public static PriorityBreakdown? Compute(IReadOnlyList<CriterionModel> criteria, IReadOnlyList<AssessmentModel> assessments)
    {
        if (assessments.Count == 0)
        {
            return null;
        }

        var parts = criteria.Select(criterion =>
        {
            var mean = assessments.SelectMany(a => a.Scores).Where(s => s.CriterionId == criterion.Id).Select(s => (decimal)s.Score).DefaultIfEmpty().Average();
            var counted = criterion.Direction == CriterionDirection.LowerIsBetter ? 6 - mean : mean;
            return new CriterionContribution(criterion, mean, criterion.Weight, criterion.Weight * counted);
        }).ToList();
        var score = decimal.Round(parts.Sum(p => p.Contribution), 3);
        return new PriorityBreakdown(
            score, assessments.Count,
            parts.Select(p => p with { MeanScore = decimal.Round(p.MeanScore, 3), Contribution = decimal.Round(p.Contribution, 4) }).ToList());
    }
}
