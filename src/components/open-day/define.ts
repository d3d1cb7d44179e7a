import { define } from '../../core/zwgk-element.js';
import { ZwgkOpenDay } from './open-day.js';

define('zwgk-open-day', ZwgkOpenDay);

export { ZwgkOpenDay };
