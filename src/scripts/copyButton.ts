/** Copy buttons: shown only where the clipboard works; the text stays selectable without them. */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  if (!navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const source = document.getElementById(button.dataset.copy ?? '');
    const text = source instanceof HTMLTextAreaElement ? source.value : (source?.textContent ?? '');
    const status = button.parentElement?.querySelector('.copy-status');
    try {
      await navigator.clipboard.writeText(text);
      if (status) status.textContent = 'Đã chép.';
    } catch {
      if (status) status.textContent = 'Không chép được: hãy chọn và chép bằng tay.';
    }
  });
}
