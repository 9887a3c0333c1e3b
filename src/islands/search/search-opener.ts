/**
 * On every page: opens search from the header button, "/" or Ctrl+K (⌘K on a Mac), and only then loads the
 * search code (search-panel.ts and pagefind). On the search page the same keys go to its own search field.
 * Kept tiny, since every page carries it.
 */
const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
const panel = document.querySelector<HTMLElement>('[data-search-page]') ?? dialog?.querySelector<HTMLElement>('[data-search-panel]');
const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
const link = document.querySelector<HTMLAnchorElement>('[data-search-link]');

// Without this script (no JavaScript, or pages opened as files) the header keeps a plain link to the search page.
if (dialog && button && link) {
  button.hidden = false;
  link.hidden = true;
  button.addEventListener('click', open);
  // A click on the backdrop closes, as it does for most dialogs; the dialog's content fills it edge to edge.
  dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
  // Esc closes at once, as the dialog says, rather than first emptying the search field (Chromium's habit);
  // the search stays there for when the learner opens it again.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    dialog.close();
  });
}

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.isComposing || event.altKey) return;
  const shortcut = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
  if (!shortcut && !slash) return;
  event.preventDefault();
  open();
});

function open(): void {
  if (!panel) return;
  if (dialog && !dialog.open) dialog.showModal();
  panel.querySelector('input')?.focus();
  import('./search-panel.ts').then(
    ({ attachSearch }) => attachSearch(panel),
    () => {
      // The panel carries the message, so that this script, on every page, carries no search code.
      const status = panel.querySelector<HTMLElement>('[data-search-status]')!;
      status.textContent = status.dataset.failed ?? '';
    },
  );
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select'));
}
