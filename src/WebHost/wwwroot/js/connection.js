// The pages' one connection to /hubs/live, over the official SignalR browser client (global `signalR`,
// loaded by a classic <script> before the page module). It stays up for as long as the page lives:
// automatic reconnects, then a fresh start after a close, and the caller's (re)join each time the
// connection is back, since the server forgets a connection's groups when it drops. An edition's events
// arrive in batches (one `Events` message per batch window); each of a batch's events goes, in order, to
// the page's handler for its name, as if it had come alone (a server that sends them alone still works).

import { LiveEvents } from './live-events.js';

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

/** Each event of a batch to its handler, in order; one handler failing does not lose the others. */
function dispatch(events, batch) {
  for (const { name, payload } of batch) {
    if (!Object.hasOwn(events, name)) continue;
    try {
      events[name](payload);
    } catch (error) {
      console.error(`Live event ${name} failed`, error);
    }
  }
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
  connection.on(LiveEvents.Events, (batch) => dispatch(events, batch));

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
