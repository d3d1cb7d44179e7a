import { define } from '../../core/zwgk-element.js';
import { ZwgkCatalogueTree } from './catalogue-tree.js';

define('zwgk-catalogue-tree', ZwgkCatalogueTree);

export { ZwgkCatalogueTree };
