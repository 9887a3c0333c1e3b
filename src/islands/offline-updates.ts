/**
 * Registers the service worker (dist/sw.js) where browsers allow one (https or localhost; not file://, not a
 * plain-http LAN address, not inside a SCORM package), and offers a quiet "new version — reload" prompt when a
 * new deployment has been downloaded. Hand-written rather than workbox-window to keep every page's JavaScript
 * small: it needs only the standard API and Workbox's SKIP_WAITING message.
 */
const base = document.documentElement.dataset.base ?? '/';

function offerReload(waiting: ServiceWorker): void {
  const bar = document.getElementById('update-bar');
  const button = bar?.querySelector('button');
  if (!bar || !button) return;
  bar.hidden = false;
  button.addEventListener(
    'click',
    () => {
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      waiting.postMessage({ type: 'SKIP_WAITING' });
    },
    { once: true },
  );
}

if ('serviceWorker' in navigator && window.isSecureContext) {
  addEventListener('load', () => {
    navigator.serviceWorker
      .register(`${base}sw.js`, { scope: base })
      .then((registration) => {
        // Only an update replaces a controlling worker; the very first install needs no prompt.
        if (registration.waiting && navigator.serviceWorker.controller) offerReload(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed' && navigator.serviceWorker.controller) offerReload(installing);
          });
        });
      })
      .catch(() => {
        // Without a service worker the site works as before, online only.
      });
  });
}
