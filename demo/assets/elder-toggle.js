// The demo site's 长辈版 (elder mode) switch, wired to the page-wide data-zwgk-elder attribute.
// The choice is kept in localStorage; ./elder-mode.js (a plain script in <head>) applies it
// before the first paint. A module of its own so that the built site (dist-demo/) loads it
// beside the autoloader, and the dev site beside the library source (./site.ts).
const STORAGE_KEY = 'shixian-elder';
const toggle = document.getElementById('elder-toggle');
toggle?.setAttribute('aria-pressed', String(document.documentElement.hasAttribute('data-zwgk-elder')));
toggle?.addEventListener('click', () => {
  const on = !document.documentElement.hasAttribute('data-zwgk-elder');
  document.documentElement.toggleAttribute('data-zwgk-elder', on);
  toggle.setAttribute('aria-pressed', String(on));
  try {
    if (on) localStorage.setItem(STORAGE_KEY, '1');
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage refused (private mode, a locked-down browser): the switch still works on this page.
  }
});
