import { define } from '../../core/zwgk-element.js';
import { ZwgkPolicyList } from './policy-list.js';

define('zwgk-policy-list', ZwgkPolicyList);

export { ZwgkPolicyList };
