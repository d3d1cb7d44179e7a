import { define } from '../../core/zwgk-element.js';
import { ZwgkNegativeList } from './negative-list.js';

define('zwgk-negative-list', ZwgkNegativeList);

export { ZwgkNegativeList };
