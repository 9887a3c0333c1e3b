// Quick exit (src/components/QuickExit.astro). A classic script written inline right after the button, so it works
// before any other script has loaded. Leaving empties the page at once (so nothing stays on screen if the next
// site is slow or the network is off), forgets this tab's session storage (never the saved progress), and uses
// location.replace so that Back does not return to this page. In a frame (a SCORM package in a learning platform)
// it leaves the whole window when the browser allows it, and otherwise at least empties its own frame.
(() => {
  const link = document.querySelector('[data-quick-exit]');
  if (!link) return;
  const target = link.href;
  let lastEscape = -Infinity;

  function leave(event) {
    if (event) event.preventDefault();
    document.title = '';
    document.body.replaceChildren();
    try {
      sessionStorage.clear();
    } catch {
      // Storage can be disabled; leaving matters more.
    }
    try {
      if (window.top !== window) return window.top.location.replace(target);
    } catch {
      // A platform on another address may refuse: then only this frame leaves.
    }
    location.replace(target);
  }

  link.addEventListener('click', leave);
  // Escape twice within a second. An Escape that a dialog or a widget used (to close itself) does not count,
  // so Escape still closes search and other dialogs first; a held-down key does not count twice.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.repeat) return;
    if (event.defaultPrevented || document.querySelector('dialog[open]')) {
      lastEscape = -Infinity;
      return;
    }
    if (event.timeStamp - lastEscape < 1000) leave();
    else lastEscape = event.timeStamp;
  });
})();
