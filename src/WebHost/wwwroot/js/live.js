// One edition, live, over the pages' hub connection (connection.js).
//
// The edition version rises by one with every change and every event carries it. The snapshot
// from JoinEdition already holds every event up to its version; an event more than one above the
// last seen one means something was missed, so the page asks for the snapshot again. Several
// events of one change share a version. After a reconnect the server has forgotten the group,
// so the page joins again, which also brings it up to date. Every few seconds a Heartbeat carries
// the edition's current version: a page still below it a moment later missed an event (lost in
// transit, nothing else changed since) and resyncs.

import { connectLive } from './connection.js';
import { EDITION_EVENTS, LiveEvents } from './live-events.js';

// Events of that version may still be on their way when the beat arrives: give them this long.
const HEARTBEAT_GRACE_MS = 2_000;

export function watchEdition(editionId, token, handlers) {
  let snapshotVersion = -1;
  let version = -1;
  let joining = null;
  let pending = [];
  const state = (name) => handlers.onState?.(name);

  function deliver(kind, event) {
    if (event.editionId !== editionId) return;
    if (joining) {
      pending.push([kind, event]);
      return;
    }
    if (event.version <= snapshotVersion) return;
    if (event.version > version + 1) {
      resync();
      return;
    }
    version = Math.max(version, event.version);
    handlers[`on${kind}`]?.(event);
  }

  async function join() {
    try {
      const snapshot = await connection.invoke('JoinEdition', editionId);
      snapshotVersion = snapshot.version;
      version = snapshot.version;
      handlers.onSnapshot?.(snapshot);
      state('live');
    } catch (error) {
      handlers.onError?.(error);
      throw error;
    } finally {
      const buffered = pending;
      pending = [];
      joining = null;
      for (const [kind, event] of buffered) deliver(kind, event);
    }
  }

  const connection = connectLive(token, {
    events: {
      ...Object.fromEntries(EDITION_EVENTS.map((kind) => [kind, (event) => deliver(kind, event)])),
      [LiveEvents.Heartbeat]: heartbeat,
    },
    onState: state,
    join: resync,
  });

  function resync() {
    joining ??= join().catch(() => {});
    return joining;
  }

  function heartbeat(beat) {
    if (beat.editionId !== editionId || beat.version <= version) return;
    setTimeout(() => {
      if (version < beat.version) resync();
    }, HEARTBEAT_GRACE_MS);
  }

  return { connection, resync };
}
