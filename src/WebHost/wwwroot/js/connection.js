// The pages' one connection to /hubs/live, over the official SignalR browser client (global `signalR`,
// loaded by a classic <script> before the page module). It stays up for as long as the page lives:
// automatic reconnects, then a fresh start after a close, and the caller's (re)join each time the
// connection is back, since the server forgets a connection's groups when it drops.

const FIRST_RETRY_MS = 500;
const LONGEST_RETRY_MS = 10_000;

/**
 * Exponential back-off with jitter: the n-th retry waits between half and all of
 * min(10 s, 0.5 s × 2^n), so a thousand screens cut at once by a venue's network do not come back in
 * the same instant. Never gives up: the network comes back eventually.
 */
export function retryDelay(attempt) {
  const ceiling = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** attempt);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

/**
 * @param token the page's bearer token
 * @param events { EventName: handler } registered before the first start (names from live-events.js)
 * @param onState called with 'connecting' | 'reconnecting' | 'offline'
 * @param join called once connected and after every reconnect; must (re)load the snapshot
 */
export function connectLive(token, { events, onState, join }) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/live', { accessTokenFactory: () => token })
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (retry) => retryDelay(retry.previousRetryCount) })
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  for (const [name, handler] of Object.entries(events)) connection.on(name, handler);

  let restarts = 0;
  connection.onreconnecting(() => onState('reconnecting'));
  connection.onreconnected(() => join());
  connection.onclose(() => {
    onState('offline');
    setTimeout(start, retryDelay(restarts++));
  });

  async function start() {
    onState('connecting');
    try {
      await connection.start();
    } catch {
      onState('offline');
      setTimeout(start, retryDelay(restarts++));
      return;
    }
    restarts = 0;
    await join();
  }

  start();
  return connection;
}
