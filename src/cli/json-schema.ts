/**
 * The JSON Schema of catalogue format v1, generated from the zod schema (the single source of
 * truth), for CMS back ends and editors that validate with their own tools. Pure.
 *
 * It checks shape only: ids being unique and `…Id` fields pointing at existing entities are
 * checked by `zwgk validate` and the components, because JSON Schema cannot express them.
 */
import * as z from 'zod/mini';
import { CatalogueDocument } from '../catalogue/schema.js';

/** Where `npm run build` puts the schema, as published with the package. */
export const CATALOGUE_SCHEMA_ID = 'https://unpkg.com/zwgk-elements/dist/catalogue.schema.json';

export function catalogueJsonSchema(): Record<string, unknown> {
  // io 'input': the schema describes files as written; unrepresentable types throw, so a future
  // schema change that JSON Schema cannot carry fails the build instead of loosening the schema.
  const { $schema, ...generated } = z.toJSONSchema(CatalogueDocument, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return {
    $schema,
    $id: CATALOGUE_SCHEMA_ID,
    title: '基层政务公开事项标准目录 / zwgk-elements catalogue, format 1.x',
    description:
      '县乡政务公开事项目录文件格式 1.x（zwgk-elements）。未知字段允许存在，以便旧版本读取新 1.x 文件；' +
      '编号唯一性和编号引用（…Id / …Ids）无法用 JSON Schema 表达，请用 `npx zwgk validate` 检查。 ' +
      'Catalogue file format 1.x for county and township government disclosure (zwgk-elements). Unknown ' +
      'fields are allowed so that older readers accept newer 1.x files; id uniqueness and id references ' +
      '(…Id / …Ids) cannot be expressed in JSON Schema: check them with `npx zwgk validate`.',
    ...generated,
  };
}
