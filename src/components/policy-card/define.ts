import { define } from '../../core/zwgk-element.js';
import { ZwgkPolicyCard } from './policy-card.js';

define('zwgk-policy-card', ZwgkPolicyCard);

export { ZwgkPolicyCard };
