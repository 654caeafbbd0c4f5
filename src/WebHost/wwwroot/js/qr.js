// QR codes for links, drawn by our server (POST /api/qr, so the token stays out of URLs and logs)
// and shown as an <img> from a data: URL: an SVG in an image never runs script, and nothing of it is
// parsed into the page. Each text is asked for once per page.
import { ApiError } from './api.js';
import { el } from './dom.js';
import { t } from './i18n.js';

const codes = new Map();

/** @param token the admin token (the route is the desk's) */
export function qrImage(text, label, token, size = 160) {
  const img = el('img', { class: 'qr', alt: t('setup.qr', { label }), width: size, height: size });
  const known = codes.get(text);
  if (typeof known === 'string') {
    img.src = known;
    return img;
  }
  const loading = known ?? fetchQr(text, token);
  codes.set(text, loading);
  loading.then((src) => {
    codes.set(text, src);
    img.src = src;
  }).catch(() => codes.delete(text));
  return img;
}

async function fetchQr(text, token) {
  const response = await fetch('/api/qr', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'image/svg+xml' },
    body: JSON.stringify({ text }),
    cache: 'no-store',
  });
  if (!response.ok) throw new ApiError(response.status, null);
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(await response.text())}`;
}

/** A page link carrying its token in the fragment (never sent to the server's logs). */
export const tokenLink = (path, secret) => `${location.origin}${path}#token=${encodeURIComponent(secret)}`;
