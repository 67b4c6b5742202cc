using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ContentHub.Data.Access;

internal sealed class AccessTokenConfiguration : IEntityTypeConfiguration<AccessToken>
{
    public void Configure(EntityTypeBuilder<AccessToken> token)
    {
        token.Property(t => t.Name).HasMaxLength(Limits.Name);
        token.Property(t => t.SecretHash).HasMaxLength(64).IsUnicode(false);
        token.HasIndex(t => t.SecretHash).IsUnique();
        token.Property(t => t.Hint).HasMaxLength(16).IsUnicode(false);
        token.PrimitiveCollection(t => t.Scopes).StoredAsNames();
        token.HasOne(t => t.Person).WithMany().HasForeignKey(t => t.PersonId);
        token.HasOne<People.Person>().WithMany().HasForeignKey(t => t.CreatedById);
        token.HasIndex(t => t.PersonId);
        token.HasOne<Hubs.Hub>().WithMany().HasForeignKey(t => t.HubId);
    }
}
