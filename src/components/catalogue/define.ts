import { define } from '../../core/zwgk-element.js';
import { ZwgkCatalogue } from './catalogue.js';

define('zwgk-catalogue', ZwgkCatalogue);

export { ZwgkCatalogue };
