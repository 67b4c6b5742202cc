using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ContentHub.Api.Tests.Limits;

/// <summary>
/// Holds back the SQL commands a test picks until the request is cancelled: an operation that is
/// slow for certain, without depending on how fast the machine is.
/// </summary>
public sealed class StalledCommands : DbCommandInterceptor
{
    private volatile Func<string, bool>? stalls;

    /// <summary>Commands whose text matches wait until cancelled (at most a minute); null lets everything through.</summary>
    public void Stall(Func<string, bool>? which) => stalls = which;

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await WaitAsync(command, cancellationToken);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await WaitAsync(command, cancellationToken);
        return result;
    }

    private async Task WaitAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (stalls?.Invoke(command.CommandText) == true)
        {
            await Task.Delay(TimeSpan.FromMinutes(1), cancellationToken);
        }
    }
}
