namespace ContentHub.Data.Hubs;

/// <summary>An organisation running a helpdesk. Requests, experts, articles, committees and taxonomies belong to one.</summary>
public sealed class Hub
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public required string DefaultLanguage { get; set; }
    public List<string> Languages { get; set; } = [];
    public ExpertMatchingPolicy Matching { get; set; } = new();
    /// <summary>Days a request may wait for the hub's first reply before it is flagged overdue.</summary>
    public int FirstReplyDueDays { get; set; } = 3;
    /// <summary>Whether people without an account may file requests (with their name and email); off by default.</summary>
    public bool AcceptsAnonymousRequests { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
