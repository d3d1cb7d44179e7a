import { define } from '../../core/zwgk-element.js';
import { ZwgkRequestForm } from './request-form.js';

define('zwgk-request-form', ZwgkRequestForm);

export { ZwgkRequestForm };
