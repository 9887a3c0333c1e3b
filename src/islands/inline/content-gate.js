// The content-warning gate (src/components/ContentWarning.astro). A classic script written inline between the
// warning and the lesson, so the lesson is hidden before the browser draws it. Without JavaScript it never runs
// and the lesson stays readable under the warning. Nothing is stored: the choice is asked again on every visit.
(() => {
  const gate = document.querySelector('[data-content-gate]');
  const open = gate && gate.querySelector('[data-gate-open]');
  if (!open) return;
  const root = document.documentElement;
  root.classList.add('gate-closed');
  open.addEventListener('click', () => {
    root.classList.remove('gate-closed');
    const focus = document.querySelector('[data-gate-focus]');
    if (focus) focus.focus();
    // A link to a part of the lesson (#heading, a question) or from a search result (marked words) lands there now.
    const id = decodeURIComponent(location.hash.slice(1));
    const target = (id && document.getElementById(id)) || (location.search && document.querySelector('[data-gated] mark'));
    if (target) target.scrollIntoView({ block: id ? 'start' : 'center' });
  });
})();
