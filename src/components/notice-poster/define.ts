import { define } from '../../core/zwgk-element.js';
import { ZwgkNoticePoster } from './notice-poster.js';

define('zwgk-notice-poster', ZwgkNoticePoster);

export { ZwgkNoticePoster };
