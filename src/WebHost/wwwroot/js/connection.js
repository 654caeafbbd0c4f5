// Keeps a SignalR connection up for as long as the page lives: automatic reconnects, then a fresh
// start after a close, and the caller's (re)join each time the connection is back.

/**
 * @param connection a HubConnection built withAutomaticReconnect
 * @param state called with 'connecting' | 'reconnecting' | 'offline'
 * @param join called once connected and after every reconnect; must (re)load the snapshot
 */
export function keepConnected(connection, state, join) {
  connection.onreconnecting(() => state('reconnecting'));
  connection.onreconnected(() => join());
  connection.onclose(() => {
    state('offline');
    setTimeout(start, 5_000);
  });

  async function start() {
    state('connecting');
    try {
      await connection.start();
    } catch {
      state('offline');
      setTimeout(start, 3_000);
      return;
    }
    await join();
  }

  start();
}
