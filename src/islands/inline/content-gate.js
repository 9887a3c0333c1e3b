// The content-warning gate (src/components/ContentWarning.astro). A classic script written inline between the
// warning and the lesson, so the lesson is hidden before the browser draws it. Without JavaScript it never runs
// and the lesson stays readable under the warning. The choice is remembered for this tab only (session storage,
// gone when the tab closes and forgotten by Quick exit), so a reload, a "Continue" link or the same lesson in another
// interface language does not ask again: the key is the lesson (its course and slug), not the page's address.
(() => {
  const gate = document.querySelector('[data-content-gate]');
  const open = gate && gate.querySelector('[data-gate-open]');
  if (!open) return;
  const lesson = gate.closest('[data-track-course]');
  const key = `fieldlab:gate-open:${lesson ? `${lesson.dataset.trackCourse}/${lesson.dataset.trackPage}` : location.pathname}`;
  try {
    if (sessionStorage.getItem(key)) return;
  } catch {
    // Storage can be disabled: then the gate asks on every visit.
  }
  const root = document.documentElement;
  root.classList.add('gate-closed');
  open.addEventListener('click', () => {
    root.classList.remove('gate-closed');
    try {
      sessionStorage.setItem(key, '1');
    } catch {
      // As above.
    }
    const focus = document.querySelector('[data-gate-focus]');
    if (focus) focus.focus();
    // A link to a part of the lesson (#heading, a question) or from a search result (marked words) lands there now.
    let id = location.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // A damaged address: look for the id as written.
    }
    const target = (id && document.getElementById(id)) || (location.search && document.querySelector('mark'));
    if (target) target.scrollIntoView({ block: id ? 'start' : 'center' });
  });
})();
