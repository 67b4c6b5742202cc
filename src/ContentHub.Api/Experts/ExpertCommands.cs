using ContentHub.Api.Access;
using AutoMapper;
using ContentHub.Api.GraphQL;
using ContentHub.Api.GraphQL.Common;
using ContentHub.Data;
using ContentHub.Data.Experts;
using ContentHub.Data.People;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Experts;

/// <summary>Creates and edits expert profiles of the addressed hub.</summary>
public sealed class ExpertCommands(Caller caller, ContentHubDbContext db, IMapper mapper, HubContext hub, TimeProvider clock)
{
    private const int MaxCapacityHours = 200;

    /// <summary>A long leave or sabbatical; a date further out is a typing slip.</summary>
    private const int MaxYearsAway = 3;

    public async Task<Payload<ExpertProfileModel>> CreateAsync(CreateExpertProfileInput input, CancellationToken cancellationToken)
    {
        var hubId = await hub.GetHubIdAsync(cancellationToken);
        var errors = new InputErrors();
        var personId = errors.Id("input.personId", input.PersonId, "Person");
        if (personId is { } id && !await db.People.AnyAsync(p => p.Id == id, cancellationToken))
        {
            errors.NotFound("input.personId", input.PersonId, "Person");
        }
        else if (personId is { } existing && await db.ExpertProfiles.AnyAsync(e => e.HubId == hubId && e.PersonId == existing, cancellationToken))
        {
            errors.Add(new DuplicateError("input.personId", "This person already has an expert profile in this hub; update it instead."));
        }

        var expert = new ExpertProfile
        {
            HubId = hubId,
            PersonId = personId ?? 0,
            Kind = input.Kind,
            CreatedAt = clock.GetUtcNow(),
        };
        await ApplyAsync(expert, errors, input.HomeOrganisation, input.Skills, input.Languages, input.Regions, input.MonthlyCapacityHours, input.Bio, cancellationToken);
        expert.AwayUntil = AwayUntil(errors, input.AwayUntil);
        if (errors.Any)
        {
            return Payload<ExpertProfileModel>.Failure(errors.All);
        }

        db.ExpertProfiles.Add(expert);
        if (!await db.HubRoles.AnyAsync(r => r.PersonId == expert.PersonId && r.HubId == hubId && r.Role == Role.Expert, cancellationToken))
        {
            db.HubRoles.Add(new HubRole { PersonId = expert.PersonId, HubId = hubId, Role = Role.Expert });
        }

        // Another request may have created this person's profile between our check and our write.
        return await db.SaveUnlessTakenMeanwhileAsync(cancellationToken)
            ? mapper.Map<ExpertProfileModel>(expert)
            : new DuplicateError("input.personId", "This person already has an expert profile in this hub; update it instead.");
    }

    public async Task<Payload<ExpertProfileModel>> UpdateAsync(UpdateExpertProfileInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var expert = await hub.FindNodeAsync(db.ExpertProfiles.Include(e => e.Skills), errors, "input.id", input.Id, "ExpertProfile", cancellationToken);
        if (expert is null)
        {
            return Payload<ExpertProfileModel>.Failure(errors.All);
        }

        // Experts keep their own profile current; whether they are staff or external is the hub's call.
        if (!await caller.IsStaffAsync(cancellationToken))
        {
            if (expert.PersonId != caller.PersonId)
            {
                return new NotPermittedError("input.id", "Only the expert themself or the hub's staff may edit an expert profile.");
            }

            if (input.Kind is { } kind && kind != expert.Kind)
            {
                return new NotPermittedError("input.kind", "Only the hub's staff may change whether an expert is internal or external.");
            }
        }

        expert.Kind = input.Kind ?? expert.Kind;
        await ApplyAsync(expert, errors, input.HomeOrganisation ?? expert.HomeOrganisation, input.Skills, input.Languages ?? expert.Languages,
            input.Regions ?? expert.Regions, input.MonthlyCapacityHours ?? expert.MonthlyCapacityHours, input.Bio ?? expert.Bio, cancellationToken);
        expert.AwayUntil = input.ClearAwayUntil == true ? null : AwayUntil(errors, input.AwayUntil) ?? expert.AwayUntil;
        if (errors.Any)
        {
            return Payload<ExpertProfileModel>.Failure(errors.All);
        }

        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ExpertProfileModel>(expert);
    }

    /// <summary>Validates and sets the editable fields; skills, when given, replace the current ones.</summary>
    private async Task ApplyAsync(
        ExpertProfile expert, InputErrors errors, string? homeOrganisation, List<ExpertSkillInput>? skills, List<string> languages,
        List<string>? regions, int capacity, string? bio, CancellationToken cancellationToken)
    {
        expert.HomeOrganisation = errors.Text("input.homeOrganisation", homeOrganisation, Limits.Name, required: false);
        expert.Languages = errors.LanguageCodes("input.languages", languages);
        if (expert.Languages.Count == 0)
        {
            errors.Add(new ValidationError("input.languages", "An expert works in at least one language."));
        }

        expert.Regions = (regions ?? []).Select((r, i) => errors.Text($"input.regions[{i}]", r, Limits.Region, required: true)).OfType<string>().Distinct().ToList();
        expert.MonthlyCapacityHours = errors.Range("input.monthlyCapacityHours", capacity, 0, MaxCapacityHours) ?? 0;
        expert.Bio = errors.Text("input.bio", bio, Limits.Summary, required: false);
        expert.UpdatedAt = clock.GetUtcNow();
        if (skills is not null)
        {
            var keys = skills.Select(s => s.Skill).Distinct().ToList();
            var known = await db.Skills.Where(s => s.HubId == expert.HubId && keys.Contains(s.Key)).ToDictionaryAsync(s => s.Key, cancellationToken);
            foreach (var unknown in keys.Where(k => !known.ContainsKey(k)))
            {
                errors.Add(new ValidationError("input.skills", $"'{unknown}' is not a skill of this hub; see the `skills` query."));
            }

            expert.Skills.Clear();
            expert.Skills.AddRange(skills.DistinctBy(s => s.Skill).Where(s => known.ContainsKey(s.Skill))
                .Select(s => new ExpertSkill { SkillId = known[s.Skill].Id, Level = s.Level }));
        }
    }

    private DateOnly? AwayUntil(InputErrors errors, DateOnly? value) =>
        errors.Date("input.awayUntil", value, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), yearsBack: 1, yearsAhead: MaxYearsAway);
}
