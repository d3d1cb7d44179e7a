// The demo site's own script: loads the library as an integrator would, and wires the site's
// 长辈版 (elder mode) switch to the page-wide data-zwgk-elder attribute.
import '../../src/index.js';

const toggle = document.getElementById('elder-toggle');
toggle?.addEventListener('click', () => {
  const on = !document.documentElement.hasAttribute('data-zwgk-elder');
  document.documentElement.toggleAttribute('data-zwgk-elder', on);
  toggle.setAttribute('aria-pressed', String(on));
});
