/** The validation bench runs entirely in the page: JSON.parse against full validation. */
import { run } from '../validation.bench.js';

declare global {
  interface Window {
    runBench: typeof run;
  }
}
window.runBench = run;
