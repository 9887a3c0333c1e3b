import { forgetEverything, resetCourse } from '../stores/progress-store.ts';

/**
 * The progress page's two destructive actions, each behind a confirmation dialog:
 * "Reset this course" (data-reset-course="<id>") and "Forget everything on this device" (data-forget-all).
 */
const dialog = document.getElementById('confirm-dialog') as HTMLDialogElement | null;
const message = document.getElementById('confirm-message');
const confirmButton = document.getElementById('confirm-yes') as HTMLButtonElement | null;
let pending: (() => void) | undefined;

function ask(text: string, yes: string, action: () => void): void {
  if (!dialog || !message || !confirmButton) return;
  message.textContent = text;
  confirmButton.textContent = yes;
  pending = action;
  dialog.showModal();
}

dialog?.addEventListener('close', () => {
  if (dialog.returnValue === 'yes') pending?.();
  pending = undefined;
  const done = document.getElementById('progress-done');
  if (done && dialog.returnValue === 'yes') done.textContent = 'Done.';
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-reset-course]')) {
  button.addEventListener('click', () =>
    ask(
      `Reset “${button.dataset.title}”? Your answers, scores and lesson ticks for this course will be erased from this device. Other courses are not affected.`,
      'Yes, reset this course',
      () => resetCourse(button.dataset.resetCourse!),
    ),
  );
}

document.querySelector('[data-forget-all]')?.addEventListener('click', () =>
  ask('Forget everything? All your progress, answers and notes in every course will be erased from this device. This cannot be undone.', 'Yes, forget everything', forgetEverything),
);
