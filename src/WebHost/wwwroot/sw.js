// The pages' service worker: a lead page opened once opens again without network (a tab reloaded on
// a bad venue network). Pages and their scripts go network first, so a page online is always the
// server's latest, and the last copy answers when the network does not. The API and the hub never
// pass here: what a lead does offline waits in the page's outbox (outbox.js), never in this cache.
const CACHE = 'orchestrator-pages-v1';

// No clients.claim(): the worker takes only pages opened after it, so the page that registered it
// keeps talking to the network directly (offline.js caches what it loaded).
self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/hubs/')) return;
  event.respondWith(networkFirst(request));
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(request, { ignoreSearch: true });
    if (kept) return kept;
    throw error;
  }
}
