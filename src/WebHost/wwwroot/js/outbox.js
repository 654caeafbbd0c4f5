// What a team lead does is kept on the phone until the server has acknowledged it. Each action
// gets its Idempotency-Key when it is made and keeps it for every retry, so an action sent twice
// (the answer was lost, the network came back) applies once. Actions leave in the order they
// were made. A network failure or a 5xx keeps the action; any other refusal drops it and says why.
import { api, ApiError, NetworkError, newIdempotencyKey } from './api.js';

const RETRY_EVERY_MS = 5_000;

export class Outbox {
  #key;
  #token;
  #handlers;
  #flushing = null;

  constructor(storageKey, token, handlers = {}) {
    this.#key = storageKey;
    this.#token = token;
    this.#handlers = handlers;
    addEventListener('online', () => this.flush());
    setInterval(() => this.flush(), RETRY_EVERY_MS);
  }

  get items() {
    try {
      return JSON.parse(localStorage.getItem(this.#key) ?? '[]');
    } catch {
      return [];
    }
  }

  #save(items) {
    localStorage.setItem(this.#key, JSON.stringify(items));
    this.#handlers.onChange?.(items);
  }

  /** Keeps the action, then tries to send everything waiting. */
  enqueue(action) {
    const item = { ...action, id: newIdempotencyKey(), createdAt: new Date().toISOString() };
    this.#save([...this.items, item]);
    this.flush();
    return item;
  }

  flush() {
    this.#flushing ??= this.#drain().finally(() => {
      this.#flushing = null;
    });
    return this.#flushing;
  }

  async #drain() {
    for (let item = this.items[0]; item; item = this.items[0]) {
      try {
        const result = await api(item.path, { method: item.method, body: item.body, token: this.#token, idempotencyKey: item.id });
        this.#remove(item.id);
        this.#handlers.onApplied?.(item, result);
      } catch (error) {
        if (error instanceof NetworkError || (error instanceof ApiError && (error.status >= 500 || error.status === 429))) {
          this.#handlers.onWaiting?.(item, error);
          return;
        }
        this.#remove(item.id);
        this.#handlers.onRejected?.(item, error);
      }
    }
  }

  #remove(id) {
    this.#save(this.items.filter((i) => i.id !== id));
  }
}
