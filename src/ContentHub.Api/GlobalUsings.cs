// The web SDK imports Microsoft.Extensions.Configuration, whose IConfigurationProvider shares
// AutoMapper's name; this alias names the mapping one.
global using IMappingConfiguration = AutoMapper.IConfigurationProvider;
