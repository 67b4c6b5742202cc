using AutoMapper;
using ContentHub.Data.People;

namespace ContentHub.Api.People;

/// <summary>The public face of a person. The contact email is deliberately absent: it is private.</summary>
public sealed class PersonModel
{
    public int Id { get; init; }
    public required string DisplayName { get; init; }
    public List<string> Languages { get; init; } = [];
    public bool IsSample { get; init; }
}

public sealed class PersonProfile : Profile
{
    public PersonProfile() => CreateMap<Person, PersonModel>();
}
