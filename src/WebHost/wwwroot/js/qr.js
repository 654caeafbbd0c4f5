// QR codes for links, drawn by our server (POST /api/qr, admin: the token stays out of URLs and logs)
// and shown as an <img> from a data: URL: an SVG in an image never runs script, and nothing of it is
// parsed into the page. Each link's code is fetched once per page.
import { ApiError } from './api.js';
import { el } from './dom.js';
import { t } from './i18n.js';

const qrCodes = new Map();

export function qrImage(text, label, token) {
  const img = el('img', { class: 'qr', alt: t('setup.qr', { label }), width: 160, height: 160 });
  const known = qrCodes.get(text);
  if (typeof known === 'string') {
    img.src = known;
    return img;
  }
  const loading = known ?? fetchQr(text, token);
  qrCodes.set(text, loading);
  loading.then((src) => {
    qrCodes.set(text, src);
    img.src = src;
  }).catch(() => qrCodes.delete(text));
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
