using AutoMapper;
using ContentHub.Data.People;

namespace ContentHub.Api.People;

/// <summary>A person as the API shows them; <see cref="PersonType"/> guards the private email.</summary>
public sealed class PersonModel
{
    public int Id { get; init; }
    public required string DisplayName { get; init; }
    public string? Email { get; init; }
    public List<string> Languages { get; init; } = [];
    public bool IsSample { get; init; }
}

public sealed class PersonProfile : Profile
{
    public PersonProfile() => CreateMap<Person, PersonModel>();
}
