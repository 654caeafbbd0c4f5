// Makes the page open again without network: registers the service worker (/sw.js) and puts the
// page and everything it loaded (its modules, styles, the SignalR client) in the worker's cache now,
// since the first visit happens before the worker controls the page. Names the same cache as sw.js.
const CACHE = 'orchestrator-pages-v1';

export async function keepForOffline() {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return;
  try {
    await navigator.serviceWorker.register('/sw.js');
    const own = performance.getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => url.origin === location.origin && !url.pathname.startsWith('/api/') && !url.pathname.startsWith('/hubs/'))
      .map((url) => url.pathname);
    const cache = await caches.open(CACHE);
    await cache.addAll([...new Set([location.pathname, ...own])]);
    document.documentElement.dataset.offlineReady = 'yes';
  } catch {
    // Without it the page works as before; it just cannot open offline.
  }
}
