using System.Threading.Channels;

namespace Orchestrator.WebHost.Realtime;

/// <summary>
/// Tells <see cref="LiveHostRegistration"/> to renew at once when this client's gateways change (a
/// silo died or came back): the call through a surviving gateway refreshes the cluster's route to
/// this host's observer and re-adds the host if the registry lost it, instead of waiting a period.
/// </summary>
internal sealed class LiveRenewalSignal : IClusterConnectionStatusObserver
{
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void NotifyGatewayCountChanged(int currentNumberOfGateways, int previousNumberOfGateways, bool connectionRecovered) =>
        _signal.Writer.TryWrite(true);

    public void NotifyClusterConnectionLost()
    {
    }

    /// <summary>Returns after <paramref name="delay"/>, or sooner if the gateways changed meanwhile.</summary>
    public async Task WaitAsync(TimeSpan delay, TimeProvider time, CancellationToken cancellationToken)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var elapsed = Task.Delay(delay, time, either.Token);
        var signalled = _signal.Reader.WaitToReadAsync(either.Token).AsTask();
        await Task.WhenAny(elapsed, signalled).ConfigureAwait(false);
        await either.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        _signal.Reader.TryRead(out _);
    }
}
