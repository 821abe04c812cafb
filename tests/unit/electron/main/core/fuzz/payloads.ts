/**
 * Payload generators for the router fuzz test: fc.anything() plus malformations derived from a
 * channel's zod request schema. The schema is walked to find every field (nested objects and
 * array elements included); each malformation starts from a valid request for the channel and
 * breaks one or more of those fields (wrong type, missing, extra keys, huge, NaN/Infinity,
 * negative, impossible dates, prototype-pollution keys, deep nesting, arrays for objects).
 */
import fc from 'fast-check';
import type { z } from 'zod';
import { MAX_REQUEST_BYTES } from '../../../../../../electron/main/core/ipc-router';

type PathPart = string | number;

/** A field of a request schema: where it sits and what zod type it has ('string', 'number', …). */
export interface SchemaField {
  path: PathPart[];
  type: string;
}

interface ZodDefLike {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
}

function defOf(schema: z.ZodType): ZodDefLike {
  return (schema as unknown as { _zod: { def: ZodDefLike } })._zod.def;
}

/** Every field of a zod schema, depth first; arrays contribute their element at index 0. */
export function schemaFields(schema: z.ZodType, path: PathPart[] = [], out: SchemaField[] = []): SchemaField[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      if (def.innerType) schemaFields(def.innerType, path, out);
      break;
    case 'pipe':
      if (def.in) schemaFields(def.in, path, out);
      break;
    case 'object':
      out.push({ path, type: 'object' });
      for (const [key, field] of Object.entries(def.shape ?? {})) schemaFields(field, [...path, key], out);
      break;
    case 'array':
      out.push({ path, type: 'array' });
      if (def.element) schemaFields(def.element, [...path, 0], out);
      break;
    default:
      out.push({ path, type: def.type });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Hostile values

/** Serialises to more than the router's limit on its own. */
const OVER_LIMIT = 'x'.repeat(MAX_REQUEST_BYTES + 10);
/** Large, but under the router's limit: it must be refused by the schema, not by size. */
const UNDER_LIMIT = 'y'.repeat(100_000);

function nested(depth: number): unknown {
  let value: unknown = { leaf: 1 };
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}
function nestedArray(depth: number): unknown {
  let value: unknown = [1];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}
/**
 * Deep enough that JSON.stringify runs out of stack: the router must answer, not crash. Not in
 * the random mix (a stack overflow costs ~45 ms in a worker thread); the test sends it once per
 * channel.
 */
export const TOO_DEEP = nested(20_000);
const DEEP = nested(200);
const DEEP_ARRAY = nestedArray(200);
/** Shared by every run: never copied (too deep to copy) and never written into. */
const SHARED = new WeakSet<object>([TOO_DEEP, DEEP, DEEP_ARRAY] as object[]);

/** Objects whose own keys are the classic prototype-pollution vectors (as JSON.parse builds them). */
function pollutionObjects(): unknown[] {
  return [
    JSON.parse('{"__proto__":{"polluted":"yes"}}'),
    JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
    JSON.parse('{"__proto__":{"__proto__":{"polluted":"yes"}},"prototype":{"polluted":"yes"}}'),
    { toString: 'not a function', valueOf: 42, hasOwnProperty: null },
  ];
}

export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'then', 'toJSON', '', ' ', 'id ', 'Id'];

const DATE_LIKE = [
  '2026-02-30',
  '2026-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-04-31',
  '2026-1-1',
  '26-01-01',
  '2026/02/28',
  '+002026-02-28',
  '2026-02-28 ',
  ' 2026-02-28',
  '2026-02-28T25:00:00Z',
  '2026-02-30T10:00:00Z',
  '2026-02-28T10:00:00+25:00',
  '2026-02-28T10:00:00',
  '2026-02-28T24:00:00Z',
  'Invalid Date',
  '1e10',
  '',
];

const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\uD800',
  '🙂'.repeat(50),
  '<img src=x onerror=alert(1)>',
  '../../../etc/passwd',
  'phase.',
  'phase..x',
  'PHASE.FOUNDATIONS.PYTHON-CORE',
  'phase.foundations.python-core\n',
  'cert.aws.mla-c01 ',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'true',
  '0',
  '-1',
  'NaN',
  'Infinity',
  'DELETE EVERYTHING ',
  'delete everything',
  ...DATE_LIKE,
];

const NASTY_NUMBERS = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  -1,
  -1e-9,
  0.5,
  1.5,
  1e21,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER - 2,
  2 ** 31,
  -(2 ** 31),
];

// Arbitraries are built once and shared: building one (above all the unicode ones) costs far
// more than drawing a value from it.
const ANY_2 = fc.anything({ maxDepth: 2 });
const ANY_1 = fc.anything({ maxDepth: 1 });
const SHORT_STRING = fc.string({ maxLength: 40 });
const LONG_GRAPHEMES = fc.string({ unit: 'grapheme', minLength: 121, maxLength: 400 });
const ANY_DOUBLE = fc.double();
const NEGATIVE_INT = fc.integer({ min: -1_000_000, max: -1 });
const BIG_INT = fc.integer({ min: 1_000_000, max: 2 ** 31 });
const SOME_JUNK = fc.array(ANY_1, { maxLength: 5 });
const SOME_JUNK_NON_EMPTY = fc.array(ANY_1, { minLength: 1, maxLength: 5 });

/** Values of the wrong shape for a field of the given zod type, plus generic junk for any field. */
function wrongValues(type: string, base: unknown): fc.Arbitrary<unknown> {
  const generic: fc.Arbitrary<unknown>[] = [
    fc.constantFrom<unknown>(null, undefined, true, false, 0, '', [], {}, OVER_LIMIT, UNDER_LIMIT, DEEP, DEEP_ARRAY),
    fc.integer({ min: 0, max: 3 }).map((i) => pollutionObjects()[i]),
    fc.constantFrom<unknown>(...NASTY_NUMBERS),
    fc.constantFrom<unknown>(...NASTY_STRINGS),
    fc.constant([base]),
    ANY_2,
  ];
  const specific: fc.Arbitrary<unknown>[] = [];
  switch (type) {
    case 'string':
    case 'enum':
    case 'literal':
      specific.push(
        SHORT_STRING,
        LONG_GRAPHEMES,
        typeof base === 'string' ? fc.constantFrom(base.toUpperCase(), ` ${base}`, `${base} `, `${base}\u0000`, base.slice(1), `${base}${base}`) : fc.constant('x'),
        fc.constantFrom<unknown>(123, 1n, new Date('2026-02-28'), new String(typeof base === 'string' ? base : 'x')),
      );
      break;
    case 'number':
      specific.push(
        fc.constantFrom<unknown>(...NASTY_NUMBERS),
        ANY_DOUBLE,
        NEGATIVE_INT,
        BIG_INT,
        fc.constantFrom<unknown>('5', '10', '1e3', 10n, new Number(5), [5], { valueOf: 5 }),
      );
      break;
    case 'boolean':
      specific.push(fc.constantFrom<unknown>('true', 'false', 1, 0, 'yes', [true], new Boolean(true), { valueOf: true }));
      break;
    case 'object':
      specific.push(
        fc.constantFrom<unknown>([], [base], Object.entries((base ?? {}) as object), 'object', 1, Object.create(null)),
        SOME_JUNK,
      );
      break;
    case 'array':
      specific.push(
        fc.constantFrom<unknown>({}, { 0: Array.isArray(base) ? base[0] : 1, length: 1 }, 'array', 1),
        // Over any max(): one element repeated many times.
        fc.constant(Array.isArray(base) && base.length > 0 ? Array.from({ length: 101 }, () => base[0]) : Array.from({ length: 101 }, () => 1)),
        // Sparse and holey arrays.
        fc.constant(Array.isArray(base) && base.length > 0 ? Object.assign(new Array(5), { 3: base[0] }) : new Array(5)),
        SOME_JUNK_NON_EMPTY,
      );
      break;
    default:
      break;
  }
  return fc.oneof(...generic, ...specific);
}

// ---------------------------------------------------------------------------------------------
// Mutating a valid request

function clone<T>(value: T): T {
  return structuredClone(value);
}

/** A private copy of a generated value, so mutating one payload never changes another run's. */
function own(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || SHARED.has(value)) return value;
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

function isWritable(node: unknown): node is Record<PathPart, unknown> {
  return node !== null && typeof node === 'object' && !SHARED.has(node);
}

function parentOf(root: unknown, path: PathPart[]): Record<PathPart, unknown> | null {
  let node: unknown = root;
  for (const part of path.slice(0, -1)) {
    if (!isWritable(node)) return null;
    if (node[part] === null || typeof node[part] !== 'object') node[part] = typeof part === 'number' ? [] : {};
    node = node[part];
  }
  return isWritable(node) ? node : null;
}

function getAt(root: unknown, path: PathPart[]): unknown {
  let node: unknown = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PathPart, unknown>)[part];
  }
  return node;
}

/** Own, enumerable property even for `__proto__` (what JSON.parse or structured clone produce). */
function defineOwn(target: object, key: PathPart, value: unknown): void {
  try {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } catch {
    // e.g. `length` of an array the payload was replaced with: that mutation just does not apply.
  }
}

type Mutation = (payload: unknown) => unknown;

function setAt(path: PathPart[], value: unknown): Mutation {
  return (payload) => {
    if (path.length === 0) return own(value);
    const parent = parentOf(payload, path);
    if (parent) defineOwn(parent, path[path.length - 1]!, own(value));
    return payload;
  };
}

function deleteAt(path: PathPart[]): Mutation {
  return (payload) => {
    if (path.length === 0) return undefined;
    const parent = parentOf(payload, path);
    if (parent) delete parent[path[path.length - 1]!];
    return payload;
  };
}

function addKeyAt(path: PathPart[], key: string, value: unknown): Mutation {
  return (payload) => {
    const target = path.length === 0 ? payload : getAt(payload, path);
    if (isWritable(target)) defineOwn(target, key, own(value));
    return payload;
  };
}

function mutationArbitrary(fields: SchemaField[], base: unknown): fc.Arbitrary<Mutation> {
  const objectPaths = fields.filter((f) => f.type === 'object').map((f) => f.path);
  const key = fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 12 }));
  // Built once per field (not in a chain): constructing arbitraries is far dearer than drawing from them.
  const arbs: fc.Arbitrary<Mutation>[] = [fc.oneof(...fields.map((f) => wrongValues(f.type, getAt(base, f.path)).map((v) => setAt(f.path, v))))];
  const inner = fields.filter((f) => f.path.length > 0);
  if (inner.length > 0) arbs.push(fc.constantFrom(...inner).map((f) => deleteAt(f.path)));
  if (objectPaths.length > 0) {
    arbs.push(fc.tuple(fc.constantFrom(...objectPaths), key, ANY_2).map(([p, k, v]) => addKeyAt(p, k, v)));
  }
  return fc.oneof(...arbs);
}

/** The valid request with one to three of its fields broken. */
function malformed(fields: SchemaField[], base: unknown): fc.Arbitrary<unknown> {
  return fc.array(mutationArbitrary(fields, base), { minLength: 1, maxLength: 3 }).map((mutations) => {
    let payload: unknown = clone(base);
    for (const mutate of mutations) payload = mutate(payload);
    return payload;
  });
}

/** Whole-payload shapes that are wrong regardless of the channel. */
function wholePayloadJunk(base: unknown): fc.Arbitrary<unknown> {
  const withPollution = pollutionObjects().map((p) => {
    const payload = clone(base) as object;
    for (const [k, v] of Object.entries(p as object)) defineOwn(payload, k, v);
    return payload;
  });
  const nullProto = Object.assign(Object.create(null) as object, clone(base) as object, { extra: 1 });
  return fc.constantFrom<unknown>(
    undefined,
    null,
    [],
    [base],
    [base, base],
    Object.entries((base ?? {}) as object),
    JSON.stringify(base),
    OVER_LIMIT,
    DEEP,
    DEEP_ARRAY,
    nullProto,
    new Map(Object.entries((base ?? {}) as object)),
    new Set([base]),
    new Date('2026-02-30'),
    { ...(base as object), extra: OVER_LIMIT },
    { payload: base },
    ...pollutionObjects(),
    ...withPollution,
  );
}

/** fc.anything with every kind of value fast-check can make (all of it plain data or boxed). */
const ANYTHING = fc.anything({
  maxDepth: 3,
  maxKeys: 6,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withObjectString: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  withUnicodeString: true,
});

/** Random and malformed payloads for a channel whose request schema is `schema` and `base` is valid. */
export function payloadArbitrary(schema: z.ZodType, base: unknown): fc.Arbitrary<unknown> {
  const fields = schemaFields(schema);
  return fc.oneof(
    { weight: 3, arbitrary: ANYTHING },
    { weight: 6, arbitrary: malformed(fields, base) },
    { weight: 1, arbitrary: wholePayloadJunk(base) },
  );
}
