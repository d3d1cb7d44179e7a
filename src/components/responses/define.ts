import { define } from '../../core/zwgk-element.js';
import { ZwgkResponses } from './responses.js';

define('zwgk-responses', ZwgkResponses);

export { ZwgkResponses };
