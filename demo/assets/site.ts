// The demo site's own script in development: loads the library from source as an integrator
// would load the bundle, and the site's 长辈版 switch. The built site (scripts/build-demo.mjs)
// loads dist/zwgk-autoloader.js and ./elder-toggle.js instead.
import '../../src/index.js';
import './elder-toggle.js';
