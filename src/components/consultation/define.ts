import { define } from '../../core/zwgk-element.js';
import { ZwgkConsultation } from './consultation.js';

define('zwgk-consultation', ZwgkConsultation);

export { ZwgkConsultation };
