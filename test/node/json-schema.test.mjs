// The generated JSON Schema against the zod schema it comes from: ajv must accept what zod
// accepts and reject what zod rejects, for the fixtures, the demo catalogues and the broken corpus.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020.js';
import { loadSources, root } from '../helpers/node-bundle.mjs';

const lib = await loadSources();
const schema = lib.catalogueJsonSchema();
const ajv = new Ajv2020({ strict: false, allErrors: true });
const validate = ajv.compile(schema);

const ajvErrors = () => (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath} ${e.message}`).join('; ');
const zodAccepts = (data) => lib.CatalogueDocument.safeParse(data).success;
const parseJson = (text) => JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Calls `visit` on every subschema. */
function walk(node, visit, path = '#') {
  if (Array.isArray(node)) node.forEach((child, i) => walk(child, visit, `${path}/${i}`));
  else if (node && typeof node === 'object') {
    visit(node, path);
    for (const [key, child] of Object.entries(node)) walk(child, visit, `${path}/${key}`);
  }
}

describe('generated JSON Schema', () => {
  test('is draft 2020-12 with $id, title and description', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.$id, lib.CATALOGUE_SCHEMA_ID);
    assert.match(schema.$id, /^https:\/\//);
    assert.ok(typeof schema.title === 'string' && schema.title.length > 0);
    assert.ok(typeof schema.description === 'string' && schema.description.length > 0);
  });

  test('compiles under ajv strict mode too', () => {
    assert.doesNotThrow(() => new Ajv2020({ strict: true, allErrors: true }).compile(lib.catalogueJsonSchema()));
  });

  test('every pattern compiles as an ECMAScript regex with the u flag', () => {
    const patterns = [];
    walk(schema, (node) => {
      if (typeof node.pattern === 'string') patterns.push(node.pattern);
    });
    assert.ok(patterns.length > 10, `found only ${patterns.length} patterns`);
    for (const pattern of new Set(patterns)) assert.doesNotThrow(() => new RegExp(pattern, 'u'), pattern);
  });

  test('objects are loose: no additionalProperties false anywhere', () => {
    const closed = [];
    walk(schema, (node, path) => {
      if (node.additionalProperties === false || node.unevaluatedProperties === false) closed.push(path);
    });
    assert.deepEqual(closed, []);
    assert.deepEqual(schema.additionalProperties, {});
  });

  test('carries patterns, enums, lengths and minItems from the zod schema', () => {
    const p = schema.properties;
    const item = p.items.items.properties;
    assert.deepEqual(schema.required.slice().sort(), [
      'agencies', 'domains', 'items', 'jurisdiction', 'publishedAt', 'publisherId', 'schemaVersion', 'status', 'title', 'updatedAt', 'version',
    ]);
    assert.equal(p.schemaVersion.pattern, lib.SCHEMA_VERSION_PATTERN.source);
    assert.equal(p.updatedAt.pattern, lib.ISO_DATE_PATTERN.source);
    assert.equal(item.links.items.properties.url.pattern, lib.SAFE_URL_PATTERN.source);
    assert.deepEqual(item.mode.enum, ['主动', '依申请']);
    assert.deepEqual(p.status.enum, ['draft', 'submitted', 'reviewed', 'published']);
    assert.ok(item.channels.items.properties.type.enum.includes('website_column'));
    assert.equal(item.basis.minItems, 1);
    assert.equal(item.levels.minItems, 1);
    assert.equal(p.title.minLength, 1);
    assert.equal(p.title.maxLength, 500);
    assert.equal(p.publisherId.pattern, '^[A-Za-z0-9_.:-]+$');
    assert.equal(p.domains.items.properties.order.type, 'integer');
    assert.ok(p.items.items.required.includes('timeLimit'));
    assert.ok(item.timeLimit.required.includes('text'));
  });
});

describe('ajv accepts valid catalogues', () => {
  test('the minimal catalogue', () => {
    assert.ok(validate(lib.minimalCatalogue()), ajvErrors());
  });

  test('unknown fields, as a newer 1.x file has them', () => {
    const doc = lib.minimalCatalogue();
    doc.newThing = { any: 'thing' };
    doc.items[0].futureField = [1, 2, 3];
    assert.ok(validate(doc), ajvErrors());
    assert.ok(zodAccepts(doc));
  });

  test('schemaVersion "1.7.0" and "1"', () => {
    for (const version of ['1.7.0', '1']) {
      const doc = lib.minimalCatalogue();
      doc.schemaVersion = version;
      assert.ok(validate(doc), `${version}: ${ajvErrors()}`);
    }
  });

  const demos = ['demo/data/shixian.json', 'demo/data/guandi-xiang.json'];
  test(`the demo catalogues that exist (${demos.filter((f) => existsSync(join(root, f))).join(', ') || 'none yet'})`, () => {
    for (const file of demos) {
      const path = join(root, file);
      if (!existsSync(path)) continue;
      const data = parseJson(readFileSync(path, 'utf8'));
      assert.ok(validate(data), `${file}: ${ajvErrors()}`);
      assert.ok(zodAccepts(data), `${file}: zod rejects it`);
    }
  });
});

describe('ajv and zod agree on the broken corpus', () => {
  for (const doc of lib.brokenDocuments) {
    let data;
    let parses = true;
    try {
      data = parseJson(doc.text);
    } catch {
      parses = false;
    }
    test(`${doc.name} (${doc.kind}${doc.shapeOnly ? ', shape' : ''})`, () => {
      if (!parses) {
        assert.equal(doc.kind, 'parse', 'only parse-kind entries may be unparseable JSON');
        assert.equal(doc.shapeOnly, false, 'JSON Schema cannot see a document that is not JSON');
        return;
      }
      const ajvOk = validate(data);
      const zodOk = zodAccepts(data);
      assert.equal(ajvOk, zodOk, `ajv ${ajvOk ? 'accepts' : 'rejects'} but zod ${zodOk ? 'accepts' : 'rejects'}: ${ajvErrors()}`);
      assert.equal(lib.parseCatalogueText(doc.text).ok, false, 'the validator must reject it');
      if (doc.shapeOnly) {
        assert.equal(ajvOk, false, 'a shape problem must be caught by JSON Schema alone');
      } else if (doc.kind === 'reference') {
        // JSON Schema cannot see cross-references or id uniqueness: the shape is fine, so ajv
        // (like zod's shape check) accepts it, and only the validator's reference pass rejects it.
        assert.equal(ajvOk, true, 'JSON Schema is not expected to see cross-references');
      }
    });
  }

  test('the corpus has shape, reference, version and parse entries', () => {
    const kinds = new Set(lib.brokenDocuments.map((d) => d.kind));
    assert.deepEqual([...kinds].sort(), ['parse', 'reference', 'schema', 'version']);
    assert.ok(lib.brokenDocuments.length >= 32);
  });
});
