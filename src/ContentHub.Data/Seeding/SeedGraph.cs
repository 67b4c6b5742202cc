using ContentHub.Data.Affiliates;
using ContentHub.Data.Campaigns;
using ContentHub.Data.Committee;
using ContentHub.Data.Experts;
using ContentHub.Data.Hubs;
using ContentHub.Data.KnowledgeBase;
using ContentHub.Data.NeedsAssessment;
using ContentHub.Data.People;
using ContentHub.Data.Requests;
using ContentHub.Data.Taxonomy;
using ContentHub.Data.Usefulness;

namespace ContentHub.Data.Seeding;

/// <summary>Turns seed records into entities, resolving keys and collecting every problem it meets.</summary>
internal sealed class SeedGraph(SeedFolder seed, DateTimeOffset now)
{
    public Hub? Hub { get; private set; }
    public Dictionary<string, HelpType> HelpTypes { get; } = [];
    public Dictionary<string, Skill> Skills { get; } = [];
    public Dictionary<string, Campaign> Campaigns { get; } = [];
    public Dictionary<string, Affiliate> Affiliates { get; } = [];
    public Dictionary<string, Person> People { get; } = [];
    public Dictionary<string, ExpertProfile> Experts { get; } = [];
    public Dictionary<string, HelpRequest> Cases { get; } = [];
    public List<KnowledgeArticle> Articles { get; } = [];
    public List<ArticleRevision> ArticleRevisions { get; } = [];
    public List<ExpertCommittee> Committees { get; } = [];
    public List<Interview> Interviews { get; } = [];
    public List<SeedEvent> Events { get; } = [];

    public void Build()
    {
        var hub = seed.ReadOne<HubSeed>("hub.json");
        if (hub is null)
        {
            return;
        }

        Hub = new Hub { Slug = hub.Slug, Name = hub.Name, Description = hub.Description, DefaultLanguage = hub.DefaultLanguage, Languages = hub.Languages, CreatedAt = now };
        foreach (var (file, s) in seed.ReadMany<TaxonomySeed>("skills.json"))
        {
            AddUnique(Skills, file, s.Key, new Skill { Key = s.Key, Name = s.Name, Description = s.Description });
        }

        foreach (var (file, t) in seed.ReadMany<HelpTypeSeed>("help-types.json"))
        {
            var skills = (t.Skills ?? []).Distinct().Select(key => Resolve(Skills, file, t.Key, "skill", key)).OfType<Skill>().ToList();
            AddUnique(HelpTypes, file, t.Key, new HelpType { Key = t.Key, Name = t.Name, Description = t.Description, Skills = skills });
        }

        foreach (var (file, c) in seed.ReadMany<CampaignSeed>("campaigns.json"))
        {
            AddUnique(Campaigns, file, c.Key, new Campaign { Key = c.Key, Name = c.Name, Description = c.Description, Website = c.Website });
        }

        foreach (var (file, a) in seed.ReadMany<AffiliateSeed>("affiliates.json"))
        {
            Check(file, a.Key, a.Country is null or { Length: 2 } && (a.Country?.All(char.IsAsciiLetterUpper) ?? true), $"country '{a.Country}' is not an ISO 3166 alpha-2 code");
            AddUnique(Affiliates, file, a.Key, new Affiliate
            {
                Key = a.Key, Kind = a.Kind, Name = a.Name, CountryCode = a.Country, Region = a.Region,
                Languages = a.Languages, Website = a.Website, CreatedAt = now, UpdatedAt = now,
            });
        }

        BuildPeople();
        BuildExperts();
        BuildCases();
        BuildArticles();
        BuildCommittee();
        BuildInterviews();
    }

    /// <summary>Hub-owned records carry the hub's id, known only once the hub is saved.</summary>
    public void AssignHub(int hubId)
    {
        foreach (var t in HelpTypes.Values) t.HubId = hubId;
        foreach (var s in Skills.Values) s.HubId = hubId;
        foreach (var e in Experts.Values) e.HubId = hubId;
        foreach (var c in Cases.Values) c.HubId = hubId;
        foreach (var a in Articles) a.HubId = hubId;
        foreach (var r in ArticleRevisions) r.HubId = hubId;
        foreach (var c in Committees) c.HubId = hubId;
        foreach (var i in Interviews) i.HubId = hubId;
        foreach (var r in People.Values.SelectMany(p => p.HubRoles)) r.HubId = hubId;
    }

    private void BuildPeople()
    {
        foreach (var (file, p) in seed.ReadMany<PersonSeed>("people"))
        {
            var person = new Person
            {
                Key = p.Key, DisplayName = p.DisplayName, Email = p.Email, Languages = p.Languages, IsSample = p.Sample, CreatedAt = now,
                HubRoles = p.Roles.Distinct().Select(role => new HubRole { Role = role }).ToList(),
            };
            foreach (var affiliate in p.Affiliates)
            {
                if (Resolve(Affiliates, file, p.Key, "affiliate", affiliate) is { } found)
                {
                    person.Memberships.Add(new AffiliateMembership { Affiliate = found });
                }
            }

            AddUnique(People, file, p.Key, person);
        }
    }

    private void BuildExperts()
    {
        foreach (var (file, e) in seed.ReadMany<ExpertSeed>("experts.json"))
        {
            if (Resolve(People, file, e.Person, "person", e.Person) is not { } person)
            {
                continue;
            }

            Check(file, e.Person, e.MonthlyCapacityHours is >= 0 and <= 200, "monthlyCapacityHours must be between 0 and 200");
            var expert = new ExpertProfile
            {
                Person = person, Kind = e.Kind, HomeOrganisation = e.HomeOrganisation, Languages = e.Languages, Regions = e.Regions,
                MonthlyCapacityHours = e.MonthlyCapacityHours, AwayUntil = e.AwayUntil, Bio = e.Bio, IsSample = e.Sample,
                CreatedAt = now, UpdatedAt = now,
            };
            foreach (var skill in e.Skills)
            {
                if (Resolve(Skills, file, e.Person, "skill", skill.Skill) is { } found)
                {
                    expert.Skills.Add(new ExpertSkill { Skill = found, Level = skill.Level });
                }
            }

            AddUnique(Experts, file, e.Person, expert);
        }
    }

    private void BuildCases()
    {
        foreach (var (file, c) in seed.ReadMany<CaseSeed>("cases"))
        {
            var affiliate = Resolve(Affiliates, file, c.Key, "affiliate", c.Affiliate);
            var requester = Resolve(People, file, c.Key, "requester", c.Requester);
            Check(file, c.Key, c.ContentVolume >= 0, "contentVolume must not be negative");
            Check(file, c.Key, c.PriorityScore is null or (>= 0 and <= 5), "priorityScore must be between 0 and 5");
            Check(file, c.Key, c.ResolvedAt is null || c.ResolvedAt >= c.CreatedAt, "resolvedAt is before createdAt");
            Check(file, c.Key, c.Status != RequestStatus.Declined || !string.IsNullOrWhiteSpace(c.DeclineReason), "a declined case needs a declineReason");
            if (affiliate is null || requester is null)
            {
                continue;
            }

            var request = new HelpRequest
            {
                Title = c.Title, Description = c.Description, Language = c.Language, Affiliate = affiliate, Requester = requester,
                Partner = c.Partner is null ? null : new PartnerInstitution { Name = c.Partner.Name, Type = c.Partner.Type, WikidataId = c.Partner.WikidataId },
                TargetPlatforms = c.Platforms.Distinct().ToList(), ContentVolume = c.ContentVolume, UsefulnessPlan = c.UsefulnessPlan,
                IntendedUses = (c.IntendedUses ?? []).Distinct().ToList(), LicenceStatus = c.LicenceStatus, MetadataQuality = c.MetadataQuality,
                Campaign = c.Campaign is null ? null : Resolve(Campaigns, file, c.Key, "campaign", c.Campaign),
                Status = c.Status, PriorityScore = c.PriorityScore, DeclineReason = c.DeclineReason, Resolution = c.Resolution,
                CreatedAt = c.CreatedAt, FirstRespondedAt = c.FirstRespondedAt, ResolvedAt = c.ResolvedAt, ClosedAt = c.ClosedAt,
                UpdatedAt = new[] { c.CreatedAt, c.FirstRespondedAt, c.ResolvedAt, c.ClosedAt }.Max() ?? c.CreatedAt,
                Version = 1,
            };
            foreach (var key in c.HelpTypes.Distinct())
            {
                if (Resolve(HelpTypes, file, c.Key, "help type", key) is { } helpType)
                {
                    request.HelpTypes.Add(helpType);
                }
            }

            Events.Add(new SeedEvent(request, CaseEventKind.Created, requester, c.CreatedAt, null));
            BuildCaseParts(file, c, request);
            if (c.Status != RequestStatus.Submitted)
            {
                var decidedAt = c.ClosedAt ?? c.ResolvedAt ?? request.UpdatedAt;
                Events.Add(new SeedEvent(request, CaseEventKind.StatusChanged, null, decidedAt,
                    new Dictionary<string, object?> { ["from"] = nameof(RequestStatus.Submitted), ["to"] = c.Status.ToString() }));
            }

            AddUnique(Cases, file, c.Key, request);
        }
    }

    private void BuildCaseParts(string file, CaseSeed c, HelpRequest request)
    {
        foreach (var a in c.Assignments ?? [])
        {
            if (Resolve(Experts, file, c.Key, "assigned expert", a.Expert) is { } expert)
            {
                request.Assignments.Add(new CaseAssignment
                {
                    Expert = expert, AssignedAt = a.AssignedAt, ReleasedAt = c.ResolvedAt,
                    EstimatedHours = a.EstimatedHours ?? Hub!.Matching.DefaultAssignmentHours,
                });
                Events.Add(new SeedEvent(request, CaseEventKind.Assigned, null, a.AssignedAt, new Dictionary<string, object?> { ["expert"] = expert.Person!.DisplayName }));
            }
        }

        foreach (var r in c.Referrals ?? [])
        {
            Check(file, c.Key, (r.Expert is null) != (r.Organisation is null), "a referral names either an expert or an organisation");
            var expert = r.Expert is null ? null : Resolve(Experts, file, c.Key, "referred expert", r.Expert);
            request.Referrals.Add(new Referral { Expert = expert, OrganisationName = r.Organisation, Note = r.Note, State = r.State, CreatedAt = r.CreatedAt });
            Events.Add(new SeedEvent(request, CaseEventKind.Referred, null, r.CreatedAt,
                new Dictionary<string, object?> { ["to"] = expert?.Person?.DisplayName ?? r.Organisation, ["state"] = r.State.ToString() }));
        }

        foreach (var comment in c.Comments ?? [])
        {
            if (Resolve(People, file, c.Key, "comment author", comment.Author) is { } author)
            {
                request.Comments.Add(new CaseComment { Author = author, Body = comment.Body, IsInternal = comment.Internal, CreatedAt = comment.CreatedAt });
                // As the API records it, so the history of a seeded case hides internal notes the same way.
                Events.Add(new SeedEvent(request, CaseEventKind.Commented, author, comment.CreatedAt,
                    new Dictionary<string, object?> { ["isInternal"] = comment.Internal }));
            }
        }
    }

    private void BuildArticles()
    {
        var keys = new HashSet<string>();
        foreach (var (file, a) in seed.ReadMany<ArticleSeed>("articles"))
        {
            Check(file, a.Key, keys.Add(a.Key), "duplicate key");
            Check(file, a.Key, !string.IsNullOrWhiteSpace(a.Body), "body is empty");
            var article = new KnowledgeArticle
            {
                Key = a.Key, Title = a.Title, Body = a.Body, Language = a.Language, Tags = a.Tags.Distinct().ToList(), Status = a.Status,
                Version = 1, CreatedAt = now, UpdatedAt = now, PublishedAt = a.Status == ArticleStatus.Published ? now : null,
            };
            foreach (var caseKey in a.SourceCases ?? [])
            {
                if (Resolve(Cases, file, a.Key, "source case", caseKey) is { } source)
                {
                    article.SourceCases.Add(source);
                }
            }

            Articles.Add(article);
            ArticleRevisions.Add(new ArticleRevision
            {
                Article = article, Version = 1, Title = article.Title, Body = article.Body, Status = article.Status, SavedAt = now,
            });
        }
    }

    private void BuildCommittee()
    {
        var committee = seed.ReadOne<CommitteeSeed>("committee.json");
        if (committee is null)
        {
            return;
        }

        const string file = "committee.json";
        var entity = new ExpertCommittee { Name = committee.Name, Description = committee.Description };
        foreach (var m in committee.Members)
        {
            if (Resolve(People, file, m.Person, "member", m.Person) is { } person)
            {
                var affiliate = m.Affiliate is null ? null : Resolve(Affiliates, file, m.Person, "affiliate", m.Affiliate);
                entity.Members.Add(new CommitteeMember { Person = person, Affiliate = affiliate, Role = m.Role });
            }
        }

        // The seeded criteria are the committee's first version; the chair's edits add later ones.
        var version = new CriteriaVersion { Number = 1, CreatedAt = now };
        entity.CriteriaVersions.Add(version);
        var order = 0;
        foreach (var c in committee.Criteria)
        {
            Check(file, c.Key, c.Weight is > 0 and <= 1, "weight must be above 0 and at most 1");
            entity.Criteria.Add(new PrioritisationCriterion
            {
                CriteriaVersion = version, Key = c.Key, Name = c.Name, Description = c.Description, Weight = c.Weight, Direction = c.Direction, SortOrder = order++,
            });
        }

        Check(file, "criteria", Math.Abs(committee.Criteria.Sum(c => c.Weight) - 1m) < 0.0001m, "criterion weights must add up to 1");
        Committees.Add(entity);
    }

    private void BuildInterviews()
    {
        foreach (var (file, i) in seed.ReadMany<InterviewSeed>("needs-assessment"))
        {
            Interviews.Add(new Interview
            {
                Key = i.Key, IntervieweeName = i.Interviewee, IntervieweeRole = i.IntervieweeRole, InterviewedOn = i.Date, Summary = i.Summary,
                Affiliate = i.Affiliate is null ? null : Resolve(Affiliates, file, i.Key, "affiliate", i.Affiliate),
                Insights = i.Insights.Select(insight => new Insight { Text = insight.Text, Themes = insight.Themes }).ToList(),
            });
        }
    }

    private T? Resolve<T>(Dictionary<string, T> known, string file, string record, string what, string key) where T : class
    {
        if (known.TryGetValue(key, out var found))
        {
            return found;
        }

        seed.Problems.Add($"{file}: {record}: unknown {what} '{key}'");
        return null;
    }

    private void AddUnique<T>(Dictionary<string, T> known, string file, string key, T entity)
    {
        if (!known.TryAdd(key, entity))
        {
            seed.Problems.Add($"{file}: {key}: duplicate key");
        }
    }

    private void Check(string file, string record, bool condition, string problem)
    {
        if (!condition)
        {
            seed.Problems.Add($"{file}: {record}: {problem}");
        }
    }
}

internal sealed record SeedEvent(HelpRequest Case, CaseEventKind Kind, Person? Actor, DateTimeOffset OccurredAt, Dictionary<string, object?>? Data);
