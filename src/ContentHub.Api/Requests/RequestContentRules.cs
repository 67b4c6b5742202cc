using System.Text.RegularExpressions;
using ContentHub.Api.GraphQL;
using ContentHub.Api.Usefulness;
using ContentHub.Data;
using ContentHub.Data.Requests;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Requests;

/// <summary>The editable content of a request, as submitted or as it will be after an update.</summary>
public sealed record RequestContent(
    string Title, string Description, string Language, PartnerInstitutionInput? Partner, bool ClearPartner, List<string>? HelpTypes,
    List<Platform> TargetPlatforms, int ContentVolume, string? UsefulnessPlan, ContentUsePlan Plan, string? CampaignId, bool ClearCampaign);

/// <summary>
/// What a well-formed request holds: one rule set for submission and edits. A request that brings
/// content must say where it goes and how it will be used on the wikis.
/// </summary>
public sealed partial class RequestContentRules(ContentHubDbContext db)
{
    public const int MaxContentVolume = 100_000_000;
    private const int MinDescriptionLength = 20;

    public async Task ApplyAsync(HelpRequest request, InputErrors errors, RequestContent content, CancellationToken cancellationToken)
    {
        request.Title = errors.Text("input.title", content.Title, Limits.Title, required: true) ?? request.Title;
        request.Description = errors.Markdown("input.description", content.Description, Limits.Description, required: true) ?? request.Description;
        if (request.Description.Trim().Length is > 0 and < MinDescriptionLength)
        {
            errors.Add(new ValidationError("input.description", $"Describe the request in at least {MinDescriptionLength} characters so the hub can help."));
        }

        request.Language = errors.LanguageCode("input.language", content.Language, required: true) ?? request.Language;
        request.ContentVolume = errors.Range("input.contentVolume", content.ContentVolume, 0, MaxContentVolume) ?? 0;
        request.TargetPlatforms = content.TargetPlatforms.Distinct().ToList();
        request.UsefulnessPlan = errors.Markdown("input.usefulnessPlan", content.UsefulnessPlan, Limits.Description, required: false);
        if (request.ContentVolume > 0 && request.UsefulnessPlan is null)
        {
            errors.Add(new ValidationError("input.usefulnessPlan",
                "A request that brings content says how it will be used on the wikis: which articles, Wikidata items or projects."));
        }
        if (request.ContentVolume > 0 && request.TargetPlatforms.Count == 0)
        {
            errors.Add(new ValidationError("input.targetPlatforms", "A request that brings content names the platforms it is for."));
        }

        ContentUsePlanRules.Apply(request, errors, content.Plan);

        request.Partner = content.ClearPartner ? null : Partner(errors, content.Partner) ?? request.Partner;
        await ApplyHelpTypesAsync(request, errors, content.HelpTypes, cancellationToken);
        await ApplyCampaignAsync(request, errors, content, cancellationToken);
    }

    private static PartnerInstitution? Partner(InputErrors errors, PartnerInstitutionInput? input)
    {
        if (input is null)
        {
            return null;
        }

        var wikidataId = errors.Text("input.partner.wikidataId", input.WikidataId, Limits.WikidataId, required: false);
        if (wikidataId is not null && !WikidataItem().IsMatch(wikidataId))
        {
            errors.Add(new ValidationError("input.partner.wikidataId", $"'{wikidataId}' is not a Wikidata item ID such as Q1887488."));
        }

        return new PartnerInstitution
        {
            Name = errors.Text("input.partner.name", input.Name, Limits.Name, required: true) ?? "",
            Type = input.Type,
            WikidataId = wikidataId,
        };
    }

    private async Task ApplyHelpTypesAsync(HelpRequest request, InputErrors errors, List<string>? keys, CancellationToken cancellationToken)
    {
        if (keys is null)
        {
            return;
        }

        var wanted = keys.Select(k => k.Trim()).Distinct().ToList();
        if (wanted.Count == 0)
        {
            errors.Add(new ValidationError("input.helpTypes", "Name at least one type of help, e.g. 'knowledge' or 'training'."));
            return;
        }

        var known = await db.HelpTypes.Where(t => t.HubId == request.HubId && wanted.Contains(t.Key)).ToListAsync(cancellationToken);
        foreach (var unknown in wanted.Except(known.Select(t => t.Key)))
        {
            errors.Add(new ValidationError("input.helpTypes", $"'{unknown}' is not a help type of this hub; see the `helpTypes` query."));
        }

        request.HelpTypes.Clear();
        request.HelpTypes.AddRange(known);
    }

    private async Task ApplyCampaignAsync(HelpRequest request, InputErrors errors, RequestContent content, CancellationToken cancellationToken)
    {
        if (content.ClearCampaign)
        {
            request.CampaignId = null;
            return;
        }

        if (content.CampaignId is null)
        {
            return;
        }

        var campaignId = errors.Id("input.campaignId", content.CampaignId, "Campaign");
        if (campaignId is { } id && !await db.Campaigns.AnyAsync(c => c.Id == id, cancellationToken))
        {
            errors.NotFound("input.campaignId", content.CampaignId, "Campaign");
        }

        request.CampaignId = campaignId ?? request.CampaignId;
    }

    [GeneratedRegex("^Q[1-9][0-9]*$")]
    private static partial Regex WikidataItem();
}
