using Microsoft.EntityFrameworkCore;

namespace ContentHub.Data;

/// <summary>Saves that can lose a race against another request, and say so instead of throwing.</summary>
public static class RacingSaves
{
    /// <summary>
    /// Saves an edit of a versioned record. Null when saved; otherwise the version another editor
    /// saved between our read and our write (0 when the record is gone), and nothing is written.
    /// </summary>
    public static async Task<int?> SaveUnlessEditedMeanwhileAsync(this DbContext db, IVersioned record, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await db.Entry((object)record).GetDatabaseValuesAsync(cancellationToken);
            return current?.GetValue<int>(nameof(IVersioned.Version)) ?? 0;
        }
    }

    /// <summary>Saves new records; false when a unique index refused one because another request saved the same value first.</summary>
    public static async Task<bool> SaveUnlessTakenMeanwhileAsync(this DbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException error) when (DatabaseErrors.IsUniqueViolation(error))
        {
            return false;
        }
    }
}
