/**
 * Registers the service worker of the page's language (dist/sw.js for English, dist/<locale>/sw.js for the others,
 * each scoped to its language's pages: src/cli/service-worker.ts) where browsers allow one (https or localhost; not
 * file://, not a plain-http LAN address, not inside a SCORM package), and offers a quiet "new version — reload"
 * prompt when a new deployment has been downloaded. Hand-written rather than workbox-window to keep every page's
 * JavaScript small: it needs only the standard API and Workbox's SKIP_WAITING message.
 */
const { base = '/', home = base } = document.documentElement.dataset;

function offerReload(waiting: ServiceWorker): void {
  const bar = document.getElementById('update-bar');
  const button = bar?.querySelector('button');
  if (!bar || !button) return;
  bar.hidden = false;
  button.addEventListener(
    'click',
    () => {
      // Not controllerchange: a page opened before its language's worker existed is controlled by another one.
      waiting.addEventListener('statechange', () => {
        if (waiting.state === 'activated') location.reload();
      });
      waiting.postMessage({ type: 'SKIP_WAITING' });
    },
    { once: true },
  );
}

if ('serviceWorker' in navigator && window.isSecureContext) {
  addEventListener('load', () => {
    navigator.serviceWorker
      .register(`${home}sw.js`, { scope: home })
      .then((registration) => {
        // Only an update waits behind an active worker; the very first install needs no prompt.
        if (registration.waiting && registration.active) offerReload(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed' && registration.active) offerReload(installing);
          });
        });
      })
      .catch(() => {
        // Without a service worker the site works as before, online only.
      });
  });
}
