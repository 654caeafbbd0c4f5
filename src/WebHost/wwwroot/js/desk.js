// The desk is the admin token: only then do pages show the desk-only controls (announcements, the
// help queue's actions, the reveal bar). A viewer's wall screen, or an answer that never comes, shows none.
import { api } from './api.js';

export async function isDeskToken(token) {
  try {
    return (await api('/api/me', { token })).role === 'admin';
  } catch {
    return false;
  }
}
