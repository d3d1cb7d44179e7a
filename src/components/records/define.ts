import { define } from '../../core/zwgk-element.js';
import { ZwgkRecords } from './records.js';

define('zwgk-records', ZwgkRecords);

export { ZwgkRecords };
