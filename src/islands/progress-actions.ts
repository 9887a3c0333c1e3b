import { forgetEverything, resetCourse } from '../stores/progress-store.ts';
import type { ProgressActionMessageKey } from '../lib/progress-messages.ts';
import { pageMessages } from './page-messages.ts';

/**
 * The progress page's two destructive actions, each behind a confirmation dialog:
 * "Reset this course" (data-reset-course="<id>") and "Forget everything on this device" (data-forget-all).
 */
const t = pageMessages<ProgressActionMessageKey>('fieldlab-progress-action-messages');
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
  if (done && dialog.returnValue === 'yes') done.textContent = t('progress.done');
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-reset-course]')) {
  button.addEventListener('click', () =>
    ask(
      t('progress.resetAsk', { course: button.dataset.title ?? '' }),
      t('progress.resetYes'),
      () => resetCourse(button.dataset.resetCourse!),
    ),
  );
}

document.querySelector('[data-forget-all]')?.addEventListener('click', () =>
  ask(t('progress.forgetAsk'), t('progress.forgetYes'), forgetEverything),
);
