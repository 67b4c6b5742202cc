IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE TABLE [Affiliates] (
        [Id] int NOT NULL IDENTITY,
        [Key] nvarchar(80) NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [CountryCode] nchar(2) NULL,
        [Region] nvarchar(80) NULL,
        [Languages] nvarchar(max) NOT NULL,
        [Website] nvarchar(500) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_Affiliates] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE TABLE [Campaigns] (
        [Id] int NOT NULL IDENTITY,
        [Key] nvarchar(80) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Description] nvarchar(2000) NULL,
        [Website] nvarchar(500) NULL,
        CONSTRAINT [PK_Campaigns] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE TABLE [Hubs] (
        [Id] int NOT NULL IDENTITY,
        [Slug] nvarchar(80) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Description] nvarchar(2000) NULL,
        [DefaultLanguage] nvarchar(12) NOT NULL,
        [Languages] nvarchar(max) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_Hubs] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE TABLE [People] (
        [Id] int NOT NULL IDENTITY,
        [Key] nvarchar(80) NOT NULL,
        [DisplayName] nvarchar(200) NOT NULL,
        [Email] nvarchar(254) NULL,
        [Languages] nvarchar(max) NOT NULL,
        [IsSample] bit NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_People] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE TABLE [Committees] (
        [Id] int NOT NULL IDENTITY,
        [HubId] int NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Description] nvarchar(2000) NULL,
        CONSTRAINT [PK_Committees] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Committees_Hubs_HubId] FOREIGN KEY ([HubId]) REFERENCES [Hubs] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE TABLE [HelpTypes] (
        [Id] int NOT NULL IDENTITY,
        [HubId] int NOT NULL,
        [Key] nvarchar(80) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Description] nvarchar(2000) NULL,
        CONSTRAINT [PK_HelpTypes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_HelpTypes_Hubs_HubId] FOREIGN KEY ([HubId]) REFERENCES [Hubs] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE TABLE [Interviews] (
        [Id] int NOT NULL IDENTITY,
        [HubId] int NOT NULL,
        [Key] nvarchar(80) NOT NULL,
        [IntervieweeName] nvarchar(200) NOT NULL,
        [IntervieweeRole] nvarchar(200) NULL,
        [AffiliateId] int NULL,
        [InterviewedOn] date NOT NULL,
        [Summary] nvarchar(2000) NULL,
        CONSTRAINT [PK_Interviews] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Interviews_Affiliates_AffiliateId] FOREIGN KEY ([AffiliateId]) REFERENCES [Affiliates] ([Id]),
        CONSTRAINT [FK_Interviews_Hubs_HubId] FOREIGN KEY ([HubId]) REFERENCES [Hubs] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE TABLE [KnowledgeArticles] (
        [Id] int NOT NULL IDENTITY,
        [HubId] int NOT NULL,
        [Key] nvarchar(80) NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [Language] nvarchar(12) NOT NULL,
        [Tags] nvarchar(max) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        [PublishedAt] datetimeoffset NULL,
        CONSTRAINT [PK_KnowledgeArticles] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_KnowledgeArticles_Hubs_HubId] FOREIGN KEY ([HubId]) REFERENCES [Hubs] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE TABLE [Skills] (
        [Id] int NOT NULL IDENTITY,
        [HubId] int NOT NULL,
        [Key] nvarchar(80) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Description] nvarchar(2000) NULL,
        CONSTRAINT [PK_Skills] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Skills_Hubs_HubId] FOREIGN KEY ([HubId]) REFERENCES [Hubs] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE TABLE [AffiliateMemberships] (
        [PersonId] int NOT NULL,
        [AffiliateId] int NOT NULL,
        CONSTRAINT [PK_AffiliateMemberships] PRIMARY KEY ([PersonId], [AffiliateId]),
        CONSTRAINT [FK_AffiliateMemberships_Affiliates_AffiliateId] FOREIGN KEY ([AffiliateId]) REFERENCES [Affiliates] ([Id]),
        CONSTRAINT [FK_AffiliateMemberships_People_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [People] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE TABLE [ExpertProfiles] (
        [Id] int NOT NULL IDENTITY,
        [HubId] int NOT NULL,
        [PersonId] int NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [HomeOrganisation] nvarchar(200) NULL,
        [Languages] nvarchar(max) NOT NULL,
        [Regions] nvarchar(max) NOT NULL,
        [MonthlyCapacityHours] int NOT NULL,
        [AwayUntil] date NULL,
        [Bio] nvarchar(2000) NULL,
        [IsSample] bit NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_ExpertProfiles] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ExpertProfiles_Hubs_HubId] FOREIGN KEY ([HubId]) REFERENCES [Hubs] ([Id]),
        CONSTRAINT [FK_ExpertProfiles_People_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [People] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE TABLE [HelpRequests] (
        [Id] int NOT NULL IDENTITY,
        [HubId] int NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Description] nvarchar(max) NOT NULL,
        [Language] nvarchar(12) NOT NULL,
        [AffiliateId] int NOT NULL,
        [RequesterId] int NOT NULL,
        [PartnerName] nvarchar(200) NULL,
        [PartnerType] nvarchar(40) NULL,
        [PartnerWikidataId] nvarchar(20) NULL,
        [TargetPlatforms] nvarchar(max) NOT NULL,
        [ContentVolume] int NOT NULL,
        [UsefulnessPlan] nvarchar(max) NULL,
        [CampaignId] int NULL,
        [Status] nvarchar(40) NOT NULL,
        [PriorityScore] decimal(6,3) NULL,
        [DeclineReason] nvarchar(2000) NULL,
        [Resolution] nvarchar(max) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [UpdatedAt] datetimeoffset NOT NULL,
        [FirstRespondedAt] datetimeoffset NULL,
        [ResolvedAt] datetimeoffset NULL,
        [ClosedAt] datetimeoffset NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_HelpRequests] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_HelpRequests_Affiliates_AffiliateId] FOREIGN KEY ([AffiliateId]) REFERENCES [Affiliates] ([Id]),
        CONSTRAINT [FK_HelpRequests_Campaigns_CampaignId] FOREIGN KEY ([CampaignId]) REFERENCES [Campaigns] ([Id]),
        CONSTRAINT [FK_HelpRequests_Hubs_HubId] FOREIGN KEY ([HubId]) REFERENCES [Hubs] ([Id]),
        CONSTRAINT [FK_HelpRequests_People_RequesterId] FOREIGN KEY ([RequesterId]) REFERENCES [People] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE TABLE [HubRoles] (
        [PersonId] int NOT NULL,
        [HubId] int NOT NULL,
        [Role] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_HubRoles] PRIMARY KEY ([PersonId], [HubId], [Role]),
        CONSTRAINT [FK_HubRoles_Hubs_HubId] FOREIGN KEY ([HubId]) REFERENCES [Hubs] ([Id]),
        CONSTRAINT [FK_HubRoles_People_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [People] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE TABLE [CommitteeMembers] (
        [CommitteeId] int NOT NULL,
        [PersonId] int NOT NULL,
        [AffiliateId] int NULL,
        [Role] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_CommitteeMembers] PRIMARY KEY ([CommitteeId], [PersonId]),
        CONSTRAINT [FK_CommitteeMembers_Affiliates_AffiliateId] FOREIGN KEY ([AffiliateId]) REFERENCES [Affiliates] ([Id]),
        CONSTRAINT [FK_CommitteeMembers_Committees_CommitteeId] FOREIGN KEY ([CommitteeId]) REFERENCES [Committees] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_CommitteeMembers_People_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [People] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE TABLE [PrioritisationCriteria] (
        [Id] int NOT NULL IDENTITY,
        [CommitteeId] int NOT NULL,
        [Key] nvarchar(80) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Description] nvarchar(2000) NULL,
        [Weight] decimal(5,4) NOT NULL,
        [Direction] nvarchar(40) NOT NULL,
        [SortOrder] int NOT NULL,
        CONSTRAINT [PK_PrioritisationCriteria] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PrioritisationCriteria_Committees_CommitteeId] FOREIGN KEY ([CommitteeId]) REFERENCES [Committees] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE TABLE [Insights] (
        [Id] int NOT NULL IDENTITY,
        [InterviewId] int NOT NULL,
        [Text] nvarchar(2000) NOT NULL,
        [Themes] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_Insights] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Insights_Interviews_InterviewId] FOREIGN KEY ([InterviewId]) REFERENCES [Interviews] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE TABLE [ExpertSkills] (
        [ExpertProfileId] int NOT NULL,
        [SkillId] int NOT NULL,
        [Level] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_ExpertSkills] PRIMARY KEY ([ExpertProfileId], [SkillId]),
        CONSTRAINT [FK_ExpertSkills_ExpertProfiles_ExpertProfileId] FOREIGN KEY ([ExpertProfileId]) REFERENCES [ExpertProfiles] ([Id]),
        CONSTRAINT [FK_ExpertSkills_Skills_SkillId] FOREIGN KEY ([SkillId]) REFERENCES [Skills] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE TABLE [CaseAssignments] (
        [Id] int NOT NULL IDENTITY,
        [HelpRequestId] int NOT NULL,
        [ExpertProfileId] int NOT NULL,
        [AssignedById] int NULL,
        [AssignedAt] datetimeoffset NOT NULL,
        [ReleasedAt] datetimeoffset NULL,
        CONSTRAINT [PK_CaseAssignments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseAssignments_ExpertProfiles_ExpertProfileId] FOREIGN KEY ([ExpertProfileId]) REFERENCES [ExpertProfiles] ([Id]),
        CONSTRAINT [FK_CaseAssignments_HelpRequests_HelpRequestId] FOREIGN KEY ([HelpRequestId]) REFERENCES [HelpRequests] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE TABLE [CaseComments] (
        [Id] int NOT NULL IDENTITY,
        [HelpRequestId] int NOT NULL,
        [AuthorId] int NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [IsInternal] bit NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_CaseComments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseComments_HelpRequests_HelpRequestId] FOREIGN KEY ([HelpRequestId]) REFERENCES [HelpRequests] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_CaseComments_People_AuthorId] FOREIGN KEY ([AuthorId]) REFERENCES [People] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE TABLE [CaseEvents] (
        [Sequence] bigint NOT NULL IDENTITY,
        [HubId] int NOT NULL,
        [HelpRequestId] int NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [ActorId] int NULL,
        [OccurredAt] datetimeoffset NOT NULL,
        [Data] nvarchar(max) NULL,
        CONSTRAINT [PK_CaseEvents] PRIMARY KEY ([Sequence]),
        CONSTRAINT [FK_CaseEvents_HelpRequests_HelpRequestId] FOREIGN KEY ([HelpRequestId]) REFERENCES [HelpRequests] ([Id]),
        CONSTRAINT [FK_CaseEvents_Hubs_HubId] FOREIGN KEY ([HubId]) REFERENCES [Hubs] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE TABLE [HelpRequestHelpType] (
        [HelpRequestId] int NOT NULL,
        [HelpTypeId] int NOT NULL,
        CONSTRAINT [PK_HelpRequestHelpType] PRIMARY KEY ([HelpRequestId], [HelpTypeId]),
        CONSTRAINT [FK_HelpRequestHelpType_HelpRequests_HelpRequestId] FOREIGN KEY ([HelpRequestId]) REFERENCES [HelpRequests] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_HelpRequestHelpType_HelpTypes_HelpTypeId] FOREIGN KEY ([HelpTypeId]) REFERENCES [HelpTypes] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE TABLE [KnowledgeArticleSourceCase] (
        [HelpRequestId] int NOT NULL,
        [KnowledgeArticleId] int NOT NULL,
        CONSTRAINT [PK_KnowledgeArticleSourceCase] PRIMARY KEY ([HelpRequestId], [KnowledgeArticleId]),
        CONSTRAINT [FK_KnowledgeArticleSourceCase_HelpRequests_HelpRequestId] FOREIGN KEY ([HelpRequestId]) REFERENCES [HelpRequests] ([Id]),
        CONSTRAINT [FK_KnowledgeArticleSourceCase_KnowledgeArticles_KnowledgeArticleId] FOREIGN KEY ([KnowledgeArticleId]) REFERENCES [KnowledgeArticles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE TABLE [PriorityAssessments] (
        [Id] int NOT NULL IDENTITY,
        [CommitteeId] int NOT NULL,
        [HelpRequestId] int NOT NULL,
        [MemberId] int NOT NULL,
        [Comment] nvarchar(max) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_PriorityAssessments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PriorityAssessments_Committees_CommitteeId] FOREIGN KEY ([CommitteeId]) REFERENCES [Committees] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_PriorityAssessments_HelpRequests_HelpRequestId] FOREIGN KEY ([HelpRequestId]) REFERENCES [HelpRequests] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_PriorityAssessments_People_MemberId] FOREIGN KEY ([MemberId]) REFERENCES [People] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE TABLE [Referrals] (
        [Id] int NOT NULL IDENTITY,
        [HelpRequestId] int NOT NULL,
        [ExpertProfileId] int NULL,
        [OrganisationName] nvarchar(200) NULL,
        [Note] nvarchar(2000) NULL,
        [State] nvarchar(40) NOT NULL,
        [ReferredById] int NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [RespondedAt] datetimeoffset NULL,
        CONSTRAINT [PK_Referrals] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Referrals_ExpertProfiles_ExpertProfileId] FOREIGN KEY ([ExpertProfileId]) REFERENCES [ExpertProfiles] ([Id]),
        CONSTRAINT [FK_Referrals_HelpRequests_HelpRequestId] FOREIGN KEY ([HelpRequestId]) REFERENCES [HelpRequests] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE TABLE [CriterionScores] (
        [AssessmentId] int NOT NULL,
        [CriterionId] int NOT NULL,
        [Score] int NOT NULL,
        CONSTRAINT [PK_CriterionScores] PRIMARY KEY ([AssessmentId], [CriterionId]),
        CONSTRAINT [CK_CriterionScores_Score] CHECK ("Score" BETWEEN 1 AND 5),
        CONSTRAINT [FK_CriterionScores_PrioritisationCriteria_CriterionId] FOREIGN KEY ([CriterionId]) REFERENCES [PrioritisationCriteria] ([Id]),
        CONSTRAINT [FK_CriterionScores_PriorityAssessments_AssessmentId] FOREIGN KEY ([AssessmentId]) REFERENCES [PriorityAssessments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_AffiliateMemberships_AffiliateId] ON [AffiliateMemberships] ([AffiliateId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_Affiliates_CountryCode] ON [Affiliates] ([CountryCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Affiliates_Key] ON [Affiliates] ([Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_Affiliates_Kind] ON [Affiliates] ([Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Affiliates_Name] ON [Affiliates] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Campaigns_Key] ON [Campaigns] ([Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_CaseAssignments_ExpertProfileId_ReleasedAt] ON [CaseAssignments] ([ExpertProfileId], [ReleasedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_CaseAssignments_HelpRequestId] ON [CaseAssignments] ([HelpRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_CaseComments_AuthorId] ON [CaseComments] ([AuthorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_CaseComments_HelpRequestId_CreatedAt] ON [CaseComments] ([HelpRequestId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_CaseEvents_HelpRequestId_Sequence] ON [CaseEvents] ([HelpRequestId], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_CaseEvents_HubId_Sequence] ON [CaseEvents] ([HubId], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_CommitteeMembers_AffiliateId] ON [CommitteeMembers] ([AffiliateId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_CommitteeMembers_PersonId] ON [CommitteeMembers] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_Committees_HubId] ON [Committees] ([HubId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_CriterionScores_CriterionId] ON [CriterionScores] ([CriterionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_ExpertProfiles_HubId_Kind] ON [ExpertProfiles] ([HubId], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ExpertProfiles_HubId_PersonId] ON [ExpertProfiles] ([HubId], [PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_ExpertProfiles_PersonId] ON [ExpertProfiles] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_ExpertSkills_SkillId] ON [ExpertSkills] ([SkillId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_HelpRequestHelpType_HelpTypeId] ON [HelpRequestHelpType] ([HelpTypeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_HelpRequests_AffiliateId] ON [HelpRequests] ([AffiliateId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_HelpRequests_CampaignId] ON [HelpRequests] ([CampaignId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_HelpRequests_HubId_CreatedAt] ON [HelpRequests] ([HubId], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_HelpRequests_HubId_Language] ON [HelpRequests] ([HubId], [Language]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_HelpRequests_HubId_PriorityScore] ON [HelpRequests] ([HubId], [PriorityScore]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_HelpRequests_HubId_Status_CreatedAt] ON [HelpRequests] ([HubId], [Status], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_HelpRequests_RequesterId] ON [HelpRequests] ([RequesterId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_HelpTypes_HubId_Key] ON [HelpTypes] ([HubId], [Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_HubRoles_HubId_Role] ON [HubRoles] ([HubId], [Role]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Hubs_Slug] ON [Hubs] ([Slug]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_Insights_InterviewId] ON [Insights] ([InterviewId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_Interviews_AffiliateId] ON [Interviews] ([AffiliateId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_Interviews_HubId_InterviewedOn] ON [Interviews] ([HubId], [InterviewedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Interviews_HubId_Key] ON [Interviews] ([HubId], [Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_KnowledgeArticles_HubId_Key] ON [KnowledgeArticles] ([HubId], [Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_KnowledgeArticles_HubId_Status_Language] ON [KnowledgeArticles] ([HubId], [Status], [Language]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_KnowledgeArticles_HubId_UpdatedAt] ON [KnowledgeArticles] ([HubId], [UpdatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_KnowledgeArticleSourceCase_HelpRequestId] ON [KnowledgeArticleSourceCase] ([HelpRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_KnowledgeArticleSourceCase_KnowledgeArticleId] ON [KnowledgeArticleSourceCase] ([KnowledgeArticleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_People_Email] ON [People] ([Email]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_People_Key] ON [People] ([Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PrioritisationCriteria_CommitteeId_Key] ON [PrioritisationCriteria] ([CommitteeId], [Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PriorityAssessments_CommitteeId_HelpRequestId_MemberId] ON [PriorityAssessments] ([CommitteeId], [HelpRequestId], [MemberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_PriorityAssessments_HelpRequestId] ON [PriorityAssessments] ([HelpRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_PriorityAssessments_MemberId] ON [PriorityAssessments] ([MemberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_Referrals_ExpertProfileId_State] ON [Referrals] ([ExpertProfileId], [State]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE INDEX [IX_Referrals_HelpRequestId] ON [Referrals] ([HelpRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Skills_HubId_Key] ON [Skills] ([HubId], [Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034231_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124034231_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124044518_ArticleRevisions'
)
BEGIN
    CREATE TABLE [ArticleRevisions] (
        [Sequence] bigint NOT NULL IDENTITY,
        [HubId] int NOT NULL,
        [ArticleId] int NOT NULL,
        [Version] int NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [SavedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_ArticleRevisions] PRIMARY KEY ([Sequence]),
        CONSTRAINT [FK_ArticleRevisions_Hubs_HubId] FOREIGN KEY ([HubId]) REFERENCES [Hubs] ([Id]),
        CONSTRAINT [FK_ArticleRevisions_KnowledgeArticles_ArticleId] FOREIGN KEY ([ArticleId]) REFERENCES [KnowledgeArticles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124044518_ArticleRevisions'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ArticleRevisions_ArticleId_Version] ON [ArticleRevisions] ([ArticleId], [Version]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124044518_ArticleRevisions'
)
BEGIN
    CREATE INDEX [IX_ArticleRevisions_HubId_Sequence] ON [ArticleRevisions] ([HubId], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124044518_ArticleRevisions'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124044518_ArticleRevisions', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124070023_ExpertMatching'
)
BEGIN
    ALTER TABLE [CaseAssignments] ADD [EstimatedHours] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124070023_ExpertMatching'
)
BEGIN
    CREATE TABLE [HelpTypeSkills] (
        [HelpTypeId] int NOT NULL,
        [SkillId] int NOT NULL,
        CONSTRAINT [PK_HelpTypeSkills] PRIMARY KEY ([HelpTypeId], [SkillId]),
        CONSTRAINT [FK_HelpTypeSkills_HelpTypes_HelpTypeId] FOREIGN KEY ([HelpTypeId]) REFERENCES [HelpTypes] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_HelpTypeSkills_Skills_SkillId] FOREIGN KEY ([SkillId]) REFERENCES [Skills] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124070023_ExpertMatching'
)
BEGIN
    CREATE TABLE [HubMatchingPolicies] (
        [HubId] int NOT NULL,
        [TopicWeight] float NOT NULL,
        [SkillWeight] float NOT NULL,
        [LanguageWeight] float NOT NULL,
        [RegionWeight] float NOT NULL,
        [ExperienceWeight] float NOT NULL,
        [AvailabilityWeight] float NOT NULL,
        [InternalPreferenceWeight] float NOT NULL,
        [MinimumInternalScore] float NOT NULL,
        [DefaultAssignmentHours] int NOT NULL,
        CONSTRAINT [PK_HubMatchingPolicies] PRIMARY KEY ([HubId]),
        CONSTRAINT [FK_HubMatchingPolicies_Hubs_HubId] FOREIGN KEY ([HubId]) REFERENCES [Hubs] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124070023_ExpertMatching'
)
BEGIN
    INSERT INTO HubMatchingPolicies (HubId, TopicWeight, SkillWeight, LanguageWeight, RegionWeight, ExperienceWeight, AvailabilityWeight, InternalPreferenceWeight, MinimumInternalScore, DefaultAssignmentHours) SELECT Id, 0.40, 0.20, 0.10, 0.05, 0.10, 0.10, 0.05, 0.30, 8 FROM Hubs
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124070023_ExpertMatching'
)
BEGIN
    UPDATE CaseAssignments SET EstimatedHours = 8
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124070023_ExpertMatching'
)
BEGIN
    CREATE INDEX [IX_HelpTypeSkills_SkillId] ON [HelpTypeSkills] ([SkillId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124070023_ExpertMatching'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124070023_ExpertMatching', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124075828_RequestWorkflow'
)
BEGIN
    ALTER TABLE [Hubs] ADD [FirstReplyDueDays] int NOT NULL DEFAULT 3;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124075828_RequestWorkflow'
)
BEGIN
    ALTER TABLE [HelpRequests] ADD [IdempotencyKey] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124075828_RequestWorkflow'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_HelpRequests_HubId_RequesterId_IdempotencyKey] ON [HelpRequests] ([HubId], [RequesterId], [IdempotencyKey]) WHERE IdempotencyKey IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124075828_RequestWorkflow'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124075828_RequestWorkflow', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124080020_CommitteeMeetings'
)
BEGIN
    DROP INDEX [IX_PriorityAssessments_CommitteeId_HelpRequestId_MemberId] ON [PriorityAssessments];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124080020_CommitteeMeetings'
)
BEGIN
    DROP INDEX [IX_PrioritisationCriteria_CommitteeId_Key] ON [PrioritisationCriteria];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124080020_CommitteeMeetings'
)
BEGIN
    ALTER TABLE [PriorityAssessments] ADD [AgendaItemId] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124080020_CommitteeMeetings'
)
BEGIN
    ALTER TABLE [PrioritisationCriteria] ADD [CriteriaVersionId] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124080020_CommitteeMeetings'
)
BEGIN
    CREATE TABLE [CriteriaVersions] (
        [Id] int NOT NULL IDENTITY,
        [CommitteeId] int NOT NULL,
        [Number] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [ChangedById] int NULL,
        CONSTRAINT [PK_CriteriaVersions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CriteriaVersions_Committees_CommitteeId] FOREIGN KEY ([CommitteeId]) REFERENCES [Committees] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CriteriaVersions_People_ChangedById] FOREIGN KEY ([ChangedById]) REFERENCES [People] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124080020_CommitteeMeetings'
)
BEGIN
    INSERT INTO "CriteriaVersions" ("CommitteeId", "Number", "CreatedAt")
    SELECT "Id", 1, SYSDATETIMEOFFSET() FROM "Committees";
    UPDATE "PrioritisationCriteria" SET "CriteriaVersionId" =
        (SELECT v."Id" FROM "CriteriaVersions" v WHERE v."CommitteeId" = "PrioritisationCriteria"."CommitteeId" AND v."Number" = 1);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124080020_CommitteeMeetings'
)
BEGIN
    CREATE TABLE [CommitteeMeetings] (
        [Id] int NOT NULL IDENTITY,
        [HubId] int NOT NULL,
        [CommitteeId] int NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Date] date NOT NULL,
        [CriteriaVersionId] int NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_CommitteeMeetings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CommitteeMeetings_Committees_CommitteeId] FOREIGN KEY ([CommitteeId]) REFERENCES [Committees] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CommitteeMeetings_CriteriaVersions_CriteriaVersionId] FOREIGN KEY ([CriteriaVersionId]) REFERENCES [CriteriaVersions] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CommitteeMeetings_Hubs_HubId] FOREIGN KEY ([HubId]) REFERENCES [Hubs] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124080020_CommitteeMeetings'
)
BEGIN
    CREATE TABLE [AgendaItems] (
        [Id] int NOT NULL IDENTITY,
        [HubId] int NOT NULL,
        [MeetingId] int NOT NULL,
        [HelpRequestId] int NOT NULL,
        [AddedAt] datetimeoffset NOT NULL,
        [Decision] nvarchar(40) NULL,
        [Rationale] nvarchar(2000) NULL,
        [PriorityScore] decimal(6,3) NULL,
        [DecidedAt] datetimeoffset NULL,
        CONSTRAINT [PK_AgendaItems] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AgendaItems_CommitteeMeetings_MeetingId] FOREIGN KEY ([MeetingId]) REFERENCES [CommitteeMeetings] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AgendaItems_HelpRequests_HelpRequestId] FOREIGN KEY ([HelpRequestId]) REFERENCES [HelpRequests] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_AgendaItems_Hubs_HubId] FOREIGN KEY ([HubId]) REFERENCES [Hubs] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124080020_CommitteeMeetings'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PriorityAssessments_AgendaItemId_MemberId] ON [PriorityAssessments] ([AgendaItemId], [MemberId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124080020_CommitteeMeetings'
)
BEGIN
    CREATE INDEX [IX_PriorityAssessments_CommitteeId] ON [PriorityAssessments] ([CommitteeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124080020_CommitteeMeetings'
)
BEGIN
    CREATE INDEX [IX_PrioritisationCriteria_CommitteeId] ON [PrioritisationCriteria] ([CommitteeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124080020_CommitteeMeetings'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PrioritisationCriteria_CriteriaVersionId_Key] ON [PrioritisationCriteria] ([CriteriaVersionId], [Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124080020_CommitteeMeetings'
)
BEGIN
    CREATE INDEX [IX_AgendaItems_HelpRequestId] ON [AgendaItems] ([HelpRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124080020_CommitteeMeetings'
)
BEGIN
    CREATE INDEX [IX_AgendaItems_HubId] ON [AgendaItems] ([HubId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124080020_CommitteeMeetings'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AgendaItems_MeetingId_HelpRequestId] ON [AgendaItems] ([MeetingId], [HelpRequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124080020_CommitteeMeetings'
)
BEGIN
    CREATE INDEX [IX_CommitteeMeetings_CommitteeId_Date] ON [CommitteeMeetings] ([CommitteeId], [Date]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124080020_CommitteeMeetings'
)
BEGIN
    CREATE INDEX [IX_CommitteeMeetings_CriteriaVersionId] ON [CommitteeMeetings] ([CriteriaVersionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124080020_CommitteeMeetings'
)
BEGIN
    CREATE INDEX [IX_CommitteeMeetings_HubId] ON [CommitteeMeetings] ([HubId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124080020_CommitteeMeetings'
)
BEGIN
    CREATE INDEX [IX_CriteriaVersions_ChangedById] ON [CriteriaVersions] ([ChangedById]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124080020_CommitteeMeetings'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CriteriaVersions_CommitteeId_Number] ON [CriteriaVersions] ([CommitteeId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124080020_CommitteeMeetings'
)
BEGIN
    ALTER TABLE [PrioritisationCriteria] ADD CONSTRAINT [FK_PrioritisationCriteria_CriteriaVersions_CriteriaVersionId] FOREIGN KEY ([CriteriaVersionId]) REFERENCES [CriteriaVersions] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124080020_CommitteeMeetings'
)
BEGIN
    ALTER TABLE [PriorityAssessments] ADD CONSTRAINT [FK_PriorityAssessments_AgendaItems_AgendaItemId] FOREIGN KEY ([AgendaItemId]) REFERENCES [AgendaItems] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124080020_CommitteeMeetings'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124080020_CommitteeMeetings', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124082703_UsefulnessAndImpact'
)
BEGIN
    ALTER TABLE [HelpRequests] ADD [IntendedUses] nvarchar(max) NOT NULL DEFAULT N'[]';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124082703_UsefulnessAndImpact'
)
BEGIN
    ALTER TABLE [HelpRequests] ADD [LicenceStatus] nvarchar(40) NOT NULL DEFAULT N'Unknown';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124082703_UsefulnessAndImpact'
)
BEGIN
    ALTER TABLE [HelpRequests] ADD [MetadataQuality] nvarchar(40) NOT NULL DEFAULT N'Unknown';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124082703_UsefulnessAndImpact'
)
BEGIN
    CREATE TABLE [ImpactReports] (
        [Id] int NOT NULL IDENTITY,
        [HelpRequestId] int NOT NULL,
        [FilesUploaded] int NOT NULL,
        [FilesUsedOnWikiPages] int NOT NULL,
        [WikidataItemsCreated] int NOT NULL,
        [Source] nvarchar(200) NOT NULL,
        [RecordedById] int NULL,
        [SourceUrl] nvarchar(500) NULL,
        [Note] nvarchar(2000) NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_ImpactReports] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ImpactReports_HelpRequests_HelpRequestId] FOREIGN KEY ([HelpRequestId]) REFERENCES [HelpRequests] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ImpactReports_People_RecordedById] FOREIGN KEY ([RecordedById]) REFERENCES [People] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124082703_UsefulnessAndImpact'
)
BEGIN
    CREATE INDEX [IX_ImpactReports_HelpRequestId_Id] ON [ImpactReports] ([HelpRequestId], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124082703_UsefulnessAndImpact'
)
BEGIN
    CREATE INDEX [IX_ImpactReports_RecordedById] ON [ImpactReports] ([RecordedById]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124082703_UsefulnessAndImpact'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124082703_UsefulnessAndImpact', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124101933_AccessTokens'
)
BEGIN
    ALTER TABLE [Hubs] ADD [AcceptsAnonymousRequests] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124101933_AccessTokens'
)
BEGIN
    ALTER TABLE [HelpRequests] ADD [IsPublic] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124101933_AccessTokens'
)
BEGIN
    ALTER TABLE [CaseEvents] ADD [AccessTokenId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124101933_AccessTokens'
)
BEGIN
    CREATE TABLE [AccessTokens] (
        [Id] int NOT NULL IDENTITY,
        [PersonId] int NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [SecretHash] varchar(64) NOT NULL,
        [Hint] varchar(16) NOT NULL,
        [Scopes] nvarchar(max) NOT NULL,
        [HubId] int NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedById] int NULL,
        [ExpiresAt] datetimeoffset NOT NULL,
        [RevokedAt] datetimeoffset NULL,
        CONSTRAINT [PK_AccessTokens] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AccessTokens_Hubs_HubId] FOREIGN KEY ([HubId]) REFERENCES [Hubs] ([Id]),
        CONSTRAINT [FK_AccessTokens_People_CreatedById] FOREIGN KEY ([CreatedById]) REFERENCES [People] ([Id]),
        CONSTRAINT [FK_AccessTokens_People_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [People] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124101933_AccessTokens'
)
BEGIN
    CREATE INDEX [IX_AccessTokens_CreatedById] ON [AccessTokens] ([CreatedById]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124101933_AccessTokens'
)
BEGIN
    CREATE INDEX [IX_AccessTokens_HubId] ON [AccessTokens] ([HubId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124101933_AccessTokens'
)
BEGIN
    CREATE INDEX [IX_AccessTokens_PersonId] ON [AccessTokens] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124101933_AccessTokens'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AccessTokens_SecretHash] ON [AccessTokens] ([SecretHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124101933_AccessTokens'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124101933_AccessTokens', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124121353_TriageQueueIndex'
)
BEGIN
    CREATE INDEX [IX_HelpRequests_HubId_Status_PriorityScore_CreatedAt] ON [HelpRequests] ([HubId], [Status], [PriorityScore], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124121353_TriageQueueIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124121353_TriageQueueIndex', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124124826_LanguageQueueIndex'
)
BEGIN
    DROP INDEX [IX_HelpRequests_HubId_Language] ON [HelpRequests];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124124826_LanguageQueueIndex'
)
BEGIN
    CREATE INDEX [IX_HelpRequests_HubId_Language_CreatedAt] ON [HelpRequests] ([HubId], [Language], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124124826_LanguageQueueIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124124826_LanguageQueueIndex', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124132718_TriageQueueInOrder'
)
BEGIN
    DROP INDEX [IX_HelpRequests_HubId_PriorityScore] ON [HelpRequests];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124132718_TriageQueueInOrder'
)
BEGIN
    DROP INDEX [IX_HelpRequests_HubId_Status_PriorityScore_CreatedAt] ON [HelpRequests];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124132718_TriageQueueInOrder'
)
BEGIN
    CREATE INDEX [IX_HelpRequests_HubId_PriorityScore_CreatedAt_Status] ON [HelpRequests] ([HubId], [PriorityScore] DESC, [CreatedAt], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124132718_TriageQueueInOrder'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124132718_TriageQueueInOrder', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124163424_NewestEventOfEachKind'
)
BEGIN
    CREATE INDEX [IX_CaseEvents_HubId_Kind_Sequence] ON [CaseEvents] ([HubId], [Kind], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124163424_NewestEventOfEachKind'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124163424_NewestEventOfEachKind', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125015349_RequestStatusCounts'
)
BEGIN
    CREATE TABLE [RequestStatusCounts] (
        [HubId] int NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [Count] int NOT NULL,
        CONSTRAINT [PK_RequestStatusCounts] PRIMARY KEY ([HubId], [Status])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125015349_RequestStatusCounts'
)
BEGIN
    EXEC(N'CREATE TRIGGER [HelpRequests_KeepStatusCounts] ON [HelpRequests] AFTER INSERT, UPDATE, DELETE AS
    BEGIN
        SET NOCOUNT ON;
        MERGE [RequestStatusCounts] WITH (HOLDLOCK) AS [c]
        USING (
            SELECT [HubId], [Status], SUM([Delta]) AS [Delta]
            FROM (SELECT [HubId], [Status], 1 AS [Delta] FROM inserted
                  UNION ALL SELECT [HubId], [Status], -1 FROM deleted) AS [changes]
            GROUP BY [HubId], [Status]
            HAVING SUM([Delta]) <> 0) AS [d]
        ON [c].[HubId] = [d].[HubId] AND [c].[Status] = [d].[Status]
        WHEN MATCHED THEN UPDATE SET [Count] = [c].[Count] + [d].[Delta]
        WHEN NOT MATCHED THEN INSERT ([HubId], [Status], [Count]) VALUES ([d].[HubId], [d].[Status], [d].[Delta]);
    END')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125015349_RequestStatusCounts'
)
BEGIN
    INSERT INTO [RequestStatusCounts] ([HubId], [Status], [Count]) SELECT [HubId], [Status], COUNT(*) FROM [HelpRequests] GROUP BY [HubId], [Status]
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125015349_RequestStatusCounts'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125015349_RequestStatusCounts', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207122127_CommitteeMeetingCancellation'
)
BEGIN
    ALTER TABLE [CommitteeMeetings] ADD [CancellationReason] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207122127_CommitteeMeetingCancellation'
)
BEGIN
    ALTER TABLE [CommitteeMeetings] ADD [CancelledAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261207122127_CommitteeMeetingCancellation'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261207122127_CommitteeMeetingCancellation', N'10.0.15');
END;

COMMIT;
GO

