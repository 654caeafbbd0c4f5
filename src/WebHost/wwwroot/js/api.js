// The REST API as the pages use it: JSON in and out, bearer token, problem+json errors.

/** The server answered with an error (4xx/5xx): retrying the same request will not help. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** One line per invalid field, or the detail. */
  describe() {
    const errors = this.problem?.errors;
    if (errors && typeof errors === 'object') {
      return Object.values(errors).flat().join(' ');
    }
    return this.message;
  }
}

/** The request never got an answer (offline, server unreachable): it may be retried. */
export class NetworkError extends Error {}

/** fetch, with no answer at all (offline, server unreachable) turned into a NetworkError. */
export async function send(path, init) {
  try {
    return await fetch(path, init);
  } catch (error) {
    throw new NetworkError(error?.message ?? 'network');
  }
}

export async function api(path, { method = 'GET', body, token, idempotencyKey } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;

  const response = await send(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store',
  });

  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = { detail: text };
    }
  }
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

/**
 * Saves what `path` answers as the file `name`, sent with the bearer token (a plain link could not carry
 * it): the report's and the vote's exports.
 */
export async function download(path, { token, accept = '*/*', name }) {
  const response = await send(path, { headers: { Authorization: `Bearer ${token}`, Accept: accept }, cache: 'no-store' });
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
  const url = URL.createObjectURL(await response.blob());
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  URL.revokeObjectURL(url);
}

export function newIdempotencyKey() {
  return crypto.randomUUID();
}

export const editionPath = (editionId) => `/api/editions/${encodeURIComponent(editionId)}`;
export const missionPath = (editionId, missionId) =>
  `${editionPath(editionId)}/missions/${encodeURIComponent(missionId)}`;
