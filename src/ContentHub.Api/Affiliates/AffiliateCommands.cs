using AutoMapper;
using ContentHub.Api.GraphQL;
using ContentHub.Data;
using ContentHub.Data.Affiliates;
using Microsoft.EntityFrameworkCore;

namespace ContentHub.Api.Affiliates;

/// <summary>Creates and edits affiliates; validates everything before writing anything.</summary>
public sealed class AffiliateCommands(ContentHubDbContext db, IMapper mapper, TimeProvider clock)
{
    public async Task<Payload<AffiliateModel>> CreateAsync(CreateAffiliateInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var affiliate = new Affiliate
        {
            Key = errors.Key("input.key", input.Key) ?? "",
            Kind = input.Kind,
            Name = errors.Text("input.name", input.Name, Limits.Name, required: true) ?? "",
            CountryCode = errors.CountryCode("input.countryCode", input.CountryCode),
            Region = errors.Text("input.region", input.Region, Limits.Region, required: false),
            Languages = errors.LanguageCodes("input.languages", input.Languages),
            Website = errors.Url("input.website", input.Website),
            CreatedAt = clock.GetUtcNow(),
            UpdatedAt = clock.GetUtcNow(),
        };
        await CheckUniqueAsync(errors, affiliate, cancellationToken);
        if (errors.Any)
        {
            return Payload<AffiliateModel>.Failure(errors.All);
        }

        db.Affiliates.Add(affiliate);
        return await SaveAsync(affiliate, cancellationToken);
    }

    public async Task<Payload<AffiliateModel>> UpdateAsync(UpdateAffiliateInput input, CancellationToken cancellationToken)
    {
        var errors = new InputErrors();
        var id = errors.Id("input.id", input.Id, "Affiliate");
        var affiliate = id is null ? null : await db.Affiliates.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (affiliate is null)
        {
            if (!errors.Any)
            {
                errors.NotFound("input.id", input.Id, "Affiliate");
            }

            return Payload<AffiliateModel>.Failure(errors.All);
        }

        affiliate.Kind = input.Kind ?? affiliate.Kind;
        affiliate.Name = input.Name is null ? affiliate.Name : errors.Text("input.name", input.Name, Limits.Name, required: true) ?? affiliate.Name;
        affiliate.CountryCode = input.CountryCode is null ? affiliate.CountryCode : errors.CountryCode("input.countryCode", input.CountryCode);
        affiliate.Region = input.Region is null ? affiliate.Region : errors.Text("input.region", input.Region, Limits.Region, required: false);
        affiliate.Languages = input.Languages is null ? affiliate.Languages : errors.LanguageCodes("input.languages", input.Languages);
        affiliate.Website = input.Website is null ? affiliate.Website : errors.Url("input.website", input.Website);
        affiliate.UpdatedAt = clock.GetUtcNow();
        await CheckUniqueAsync(errors, affiliate, cancellationToken);
        if (errors.Any)
        {
            return Payload<AffiliateModel>.Failure(errors.All);
        }

        return await SaveAsync(affiliate, cancellationToken);
    }

    private async Task<Payload<AffiliateModel>> SaveAsync(Affiliate affiliate, CancellationToken cancellationToken)
    {
        // Another request may have registered the same key or name between our check and our write.
        return await db.SaveUnlessTakenMeanwhileAsync(cancellationToken)
            ? mapper.Map<AffiliateModel>(affiliate)
            : new DuplicateError("input.key", "An affiliate with this key or name was registered at the same moment.");
    }

    private async Task CheckUniqueAsync(InputErrors errors, Affiliate affiliate, CancellationToken cancellationToken)
    {
        if (await db.Affiliates.AnyAsync(a => a.Id != affiliate.Id && a.Key == affiliate.Key, cancellationToken))
        {
            errors.Add(new DuplicateError("input.key", $"An affiliate with key '{affiliate.Key}' already exists."));
        }

        if (await db.Affiliates.AnyAsync(a => a.Id != affiliate.Id && a.Name == affiliate.Name, cancellationToken))
        {
            errors.Add(new DuplicateError("input.name", $"An affiliate named '{affiliate.Name}' already exists."));
        }
    }
}
