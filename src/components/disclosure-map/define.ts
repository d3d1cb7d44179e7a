import { define } from '../../core/zwgk-element.js';
import { ZwgkDisclosureMap } from './disclosure-map.js';

define('zwgk-disclosure-map', ZwgkDisclosureMap);

export { ZwgkDisclosureMap };
