using ContentHub.Data.Hubs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentHub.Data.People;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> person)
    {
        person.Property(p => p.Key).HasMaxLength(Limits.Key);
        person.HasIndex(p => p.Key).IsUnique();
        person.Property(p => p.DisplayName).HasMaxLength(Limits.Name);
        person.Property(p => p.Email).HasMaxLength(Limits.Email);
        person.HasIndex(p => p.Email);
        person.HasMany(p => p.Memberships).WithOne().HasForeignKey(m => m.PersonId);
        person.HasMany(p => p.HubRoles).WithOne().HasForeignKey(r => r.PersonId);
    }
}

internal sealed class AffiliateMembershipConfiguration : IEntityTypeConfiguration<AffiliateMembership>
{
    public void Configure(EntityTypeBuilder<AffiliateMembership> membership)
    {
        membership.HasKey(m => new { m.PersonId, m.AffiliateId });
        membership.HasIndex(m => m.AffiliateId);
        membership.HasOne(m => m.Affiliate).WithMany().HasForeignKey(m => m.AffiliateId);
    }
}

internal sealed class HubRoleConfiguration : IEntityTypeConfiguration<HubRole>
{
    public void Configure(EntityTypeBuilder<HubRole> role)
    {
        role.HasKey(r => new { r.PersonId, r.HubId, r.Role });
        role.Property(r => r.Role).HasConversion<string>().HasMaxLength(Limits.Enum);
        role.HasIndex(r => new { r.HubId, r.Role });
        role.HasOne<Hub>().WithMany().HasForeignKey(r => r.HubId);
    }
}
