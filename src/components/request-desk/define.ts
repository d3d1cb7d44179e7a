import { define } from '../../core/zwgk-element.js';
import { ZwgkRequestDesk } from './request-desk.js';

define('zwgk-request-desk', ZwgkRequestDesk);

export { ZwgkRequestDesk };
