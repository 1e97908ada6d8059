// The static pages' one script (no framework). Each page reads fully without it; with it, the link into
// the app (which needs JavaScript) appears, relative URLs in snippets become absolute, and copy works.
for (const element of document.querySelectorAll('[data-needs-js]')) element.hidden = false;

for (const url of document.querySelectorAll('[data-url]')) {
  url.textContent = new URL(url.textContent, location.href).href;
}

for (const button of document.querySelectorAll('button[data-copy]')) {
  button.addEventListener('click', async () => {
    const source = document.getElementById(button.dataset.copy);
    if (!source) return;
    try {
      await navigator.clipboard.writeText(source.textContent);
      button.textContent = 'Copied';
    } catch {
      getSelection()?.selectAllChildren(source);
      button.textContent = 'Selected: press Ctrl+C';
    }
  });
}
