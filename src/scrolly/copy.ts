/** Copy buttons: `data-copy` names the id of the field whose text is copied. */
document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy]');
  if (!button) return;
  const field = document.getElementById(button.dataset['copy'] ?? '') as HTMLTextAreaElement | HTMLInputElement | null;
  const status = button.parentElement?.querySelector('[role="status"]');
  if (!field) return;
  const done = (ok: boolean) => {
    if (status) status.textContent = ok ? 'Copied.' : 'Select the text and copy it with your keyboard.';
  };
  field.select();
  navigator.clipboard.writeText(field.value).then(
    () => {
      done(true);
    },
    () => {
      done(false);
    },
  );
});
