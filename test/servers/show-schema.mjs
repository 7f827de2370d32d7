// Validates documents against schema/show.schema.json with ajv (JSON Schema 2020-12) in Node, for
// test/core/show-schema.test.ts: ajv is CommonJS, which the browser cannot import as a module.
//
//   POST /__schema/validate   [doc, doc, ...]  →  [{ valid, errors: ["/products/0/id: must be string"] }]
//
// The schema is read and compiled (strict mode) on every request, so an edited schema is used at once.
import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';

const SCHEMA = new URL('../../schema/show.schema.json', import.meta.url);
// `POST /__schema/validate?schema=feed` checks feed documents (schema/feed.schema.json, which refers to the show's).
const FEED_SCHEMA = new URL('../../schema/feed.schema.json', import.meta.url);
const MAX_BODY = 5_000_000;

async function compile(feed = false) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const show = JSON.parse(await readFile(SCHEMA, 'utf8'));
  if (!feed) return ajv.compile(show);
  ajv.addSchema(show);
  return ajv.compile(JSON.parse(await readFile(FEED_SCHEMA, 'utf8')));
}

async function readBody(ctx) {
  const chunks = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Error('body too large');
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

export default async function showSchema(ctx, next) {
  if (ctx.path !== '/__schema/validate') return next();
  if (ctx.method !== 'POST') {
    ctx.status = 405;
    return;
  }
  try {
    const [validate, docs] = await Promise.all([compile(ctx.query.schema === 'feed'), readBody(ctx)]);
    ctx.body = docs.map((doc) => {
      const valid = validate(doc);
      const errors = (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'}: ${e.message}`);
      return { valid, errors };
    });
  } catch (error) {
    ctx.status = 500;
    ctx.body = { error: String(error?.message ?? error) };
  }
}
