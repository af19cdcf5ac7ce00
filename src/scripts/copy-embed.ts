/** Shows the "Copy embed code" buttons (hidden without a script) and copies the snippet on press. */
export function enhanceCopyButtons(root: Document = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const field = root.getElementById(button.dataset.copy ?? '') as HTMLTextAreaElement | null;
    if (!field) continue;
    button.hidden = false;
    const status = button.parentElement?.querySelector('[role="status"]');
    button.addEventListener('click', async () => {
      field.select();
      try {
        await navigator.clipboard.writeText(field.value);
      } catch {
        // No clipboard permission (e.g. an insecure origin): the text stays selected for Ctrl+C.
        return;
      }
      if (status) status.textContent = button.dataset.copied ?? '';
    });
  }
}
