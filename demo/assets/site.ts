// The demo site's own script: loads the library as an integrator would, and wires the site's
// 长辈版 (elder mode) switch to the page-wide data-zwgk-elder attribute. The choice is kept in
// localStorage; ./elder-mode.js (a plain script in <head>) applies it before the first paint.
import '../../src/index.js';

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
