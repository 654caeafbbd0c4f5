// A link carries its token in the fragment (#token=...), so it never reaches a server log. The page
// keeps it for the session (sessionStorage), removes it from the address bar and sends it as the
// bearer token.
const KEY = 'orchestrator.token';

export function takeToken() {
  const scoped = `${KEY}:${location.pathname}`;
  const fragment = new URLSearchParams(location.hash.slice(1));
  const fromLink = fragment.get('token');
  if (fromLink) {
    sessionStorage.setItem(scoped, fromLink);
    sessionStorage.setItem(KEY, fromLink);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return sessionStorage.getItem(scoped) ?? sessionStorage.getItem(KEY);
}

export function rememberToken(token) {
  sessionStorage.setItem(KEY, token);
  sessionStorage.setItem(`${KEY}:${location.pathname}`, token);
}

/** The ids of the page's address: /control/{editionId}, /lead/{editionId}/{missionId}... */
export function pathIds() {
  return location.pathname.split('/').filter(Boolean).slice(1).map(decodeURIComponent);
}
