// 长辈版 remembered: applied from <head>, before the first paint, so a page never flashes at the
// normal size first. A plain (non-module) script file: a strict CSP allows it as 'self', unlike
// an inline script. demo/assets/site.ts wires the switch and saves the choice.
(function () {
  try {
    if (localStorage.getItem('shixian-elder') === '1') document.documentElement.setAttribute('data-zwgk-elder', '');
  } catch (e) {
    // Storage refused: the page starts in the normal size.
  }
})();
