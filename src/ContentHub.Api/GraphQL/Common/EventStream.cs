using GraphQL;

namespace ContentHub.Api.GraphQL.Common;

/// <summary>
/// A subscription field's event stream, as the <see cref="IObservable{T}"/> GraphQL.NET executes:
/// pumps an async sequence into the observer, paced by the transport's <see cref="DeliveryWindow"/>
/// when it gives one. Nothing is read until the transport subscribes; disposing stops the pump.
/// </summary>
public sealed class EventStream<T>(Func<CancellationToken, IAsyncEnumerable<T>> source, DeliveryWindow? window) : IObservable<T>
{
    public static EventStream<T> For(IResolveFieldContext context, Func<CancellationToken, IAsyncEnumerable<T>> source) =>
        new(source, context.UserContext.TryGetValue(DeliveryWindow.UserContextKey, out var window) ? window as DeliveryWindow : null);

    public IDisposable Subscribe(IObserver<T> observer)
    {
        var stop = new CancellationTokenSource();
        _ = PumpAsync(observer, stop.Token);
        return new Stop(stop);
    }

    private async Task PumpAsync(IObserver<T> observer, CancellationToken cancellationToken)
    {
        await Task.Yield();
        try
        {
            await foreach (var item in source(cancellationToken).WithCancellation(cancellationToken))
            {
                if (window is not null)
                {
                    await window.WaitAsync(cancellationToken);
                }

                observer.OnNext(item);
            }

            observer.OnCompleted();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Unsubscribed: the observer wants nothing more.
        }
        catch (Exception error)
        {
            observer.OnError(error);
        }
    }

    /// <summary>Cancels the pump; the source is left undisposed because the pump may still be unwinding with its token.</summary>
    private sealed class Stop(CancellationTokenSource stop) : IDisposable
    {
        public void Dispose() => stop.Cancel();
    }
}
