/**
 * Zod's issues, said in the words of the message catalogue: the schemas of front matter,
 * dataset schemas and chart specs are zod schemas, and zod speaks English ("Required",
 * "Unrecognized key"). A schema's own message is a catalogue text (`messageText(key)`) or a
 * custom issue carrying `params.said`; every other issue is translated by its code here.
 */
import type { z } from 'zod';
import { closest } from '../text/closest.ts';
import { keyOfText, say, type Said } from './messages.ts';

/** A translated issue: where it is (the path of the field), the field and value to show, and what to say. */
export interface FieldProblem {
  path: PropertyKey[];
  /** `columns.4.type`; absent when the message names the field itself. */
  field?: string;
  value?: string;
  said: Said;
  /** The problem is the field's name (an unknown field): point at the name, not the value. */
  atKey?: boolean;
}

export interface ZodIssueOptions {
  /** The schema that failed, to suggest the closest field name for an unknown one. */
  schema: z.ZodType;
  /** The guide an editor reads for these fields, e.g. `docs/viet-bai.md`. */
  guide: string;
  /** A message for a missing field, when the caller has a better one than `field.required`. */
  required?: (field: string) => Said | undefined;
}

/**
 * Each zod issue as a catalogue message, with the field and the value it is about. Parse with
 * `{ reportInput: true }` so that values can be shown. An unknown field gives one problem per
 * field, with the closest field the schema knows as a suggestion.
 *
 * @example zodProblems(storySchema.safeParse({}, { reportInput: true }).error.issues, { schema: storySchema, guide: 'docs/viet-bai.md' })
 */
export function zodProblems(issues: readonly z.core.$ZodIssue[], options: ZodIssueOptions): FieldProblem[] {
  return issues.flatMap((issue) => problemsOf(issue, options));
}

const fieldOf = (path: readonly PropertyKey[]) => path.map(String).join('.');

/** A value worth showing: text, a number or a yes/no, never a whole object. */
function shown(input: unknown): string | undefined {
  if (typeof input === 'string') return input;
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  if (input instanceof Date) return input.toISOString();
  return undefined;
}

/** What a value is, in the words of the guides. */
function kind(type: string): string {
  switch (type) {
    case 'string':
      return 'chữ';
    case 'number':
      return 'số';
    case 'int':
      return 'số nguyên';
    case 'boolean':
      return 'true hoặc false';
    case 'array':
      return 'một danh sách [ … ]';
    case 'object':
      return 'một nhóm trường';
    case 'date':
      return 'ngày';
    case 'null':
    case 'undefined':
      return 'ô để trống';
    default:
      return type;
  }
}

const received = (input: unknown) => kind(input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input);

function problemsOf(issue: z.core.$ZodIssue, { schema, guide, required }: ZodIssueOptions): FieldProblem[] {
  const path = [...issue.path];
  const field = fieldOf(path);
  const value = shown(issue.input);
  const at = (said: Said, withField = true): FieldProblem => ({
    path,
    ...(withField && field ? { field } : {}),
    ...(value === undefined ? {} : { value }),
    said,
  });

  const params = (issue as { params?: { said?: Said } }).params;
  if (issue.code === 'custom' && params?.said) return [at(params.said)];
  const own = keyOfText(issue.message);
  if (own) return [at(say(own))];

  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) {
        return [{ path, said: required?.(field) ?? say('field.required', { field, guide }) }];
      }
      return [at(say('field.wrongType', { expected: kind(issue.expected), received: received(issue.input), guide }))];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...path, key],
        atKey: true,
        said: say('field.unknown', { field: fieldOf([...path, key]) }, closest(key, fieldsAt(schema, path, rootInput(issue)))),
      }));
    case 'invalid_value': {
      const options = issue.values.map(String);
      return [
        at(say('field.notOneOf', { options: options.join(', ') }, value === undefined ? undefined : closest(value, options))),
      ];
    }
    case 'invalid_union': {
      if ((issue as { note?: string }).note === 'No matching discriminator') {
        const options = ((issue as { options?: unknown[] }).options ?? []).map(String);
        const discriminator = (issue as { discriminator?: string }).discriminator ?? 'type';
        const input = shown((issue.input as Record<string, unknown> | undefined)?.[discriminator]);
        const said =
          discriminator === 'type'
            ? say('chart.unknownType', { options: options.join(', ') }, input && closest(input, options))
            : say('field.notOneOf', { options: options.join(', ') }, input && closest(input, options));
        if (input === undefined && discriminator === 'type') return [{ path, said: say('field.required', { field, guide }) }];
        return [{ path, field, ...(input === undefined ? {} : { value: input }), said }];
      }
      return [at(say('field.invalid', { guide }))];
    }
    case 'too_small':
      if (issue.origin === 'string') return [at(say('field.empty'))];
      if (issue.origin === 'array' || issue.origin === 'set')
        return [at(say('field.tooFewItems', { minimum: Number(issue.minimum) }))];
      return [at(say('field.tooSmall', { minimum: Number(issue.minimum) }))];
    case 'too_big':
      if (issue.origin === 'string')
        return [at(say('text.tooLong', { length: [...String(issue.input ?? '')].length, maximum: Number(issue.maximum) }))];
      if (issue.origin === 'array' || issue.origin === 'set')
        return [at(say('field.tooManyItems', { maximum: Number(issue.maximum) }))];
      return [at(say('field.tooBig', { maximum: Number(issue.maximum) }))];
    default:
      return [at(say('field.invalid', { guide }))];
  }
}

/** The object an unknown-key issue is about: zod reports it as the input. */
const rootInput = (issue: z.core.$ZodIssue): unknown => issue.input;

interface Def {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  innerType?: { _zod: { def: Def } };
  in?: { _zod: { def: Def } };
  element?: { _zod: { def: Def } };
  items?: { _zod: { def: Def } }[];
  options?: { _zod: { def: Def } }[];
  discriminator?: string;
  valueType?: { _zod: { def: Def } };
}

/** The object definitions a path can lead to (several under a union). */
function objectsAt(def: Def, path: readonly PropertyKey[], object: unknown): Def[] {
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return def.innerType ? objectsAt(def.innerType._zod.def, path, object) : [];
    case 'pipe':
      return def.in ? objectsAt(def.in._zod.def, path, object) : [];
    case 'union': {
      const options = (def.options ?? []).map((o) => o._zod.def);
      const wanted =
        def.discriminator && path.length === 0 ? (object as Record<string, unknown> | undefined)?.[def.discriminator] : undefined;
      const chosen = wanted === undefined ? options : options.filter((o) => literalOf(o, def.discriminator!) === wanted);
      return (chosen.length > 0 ? chosen : options).flatMap((o) => objectsAt(o, path, object));
    }
    case 'object': {
      if (path.length === 0) return [def];
      const next = def.shape?.[String(path[0])];
      return next ? objectsAt(next._zod.def, path.slice(1), object) : [];
    }
    case 'array':
      return def.element && path.length > 0 ? objectsAt(def.element._zod.def, path.slice(1), object) : [];
    case 'tuple': {
      const item = path.length > 0 ? def.items?.[Number(path[0])] : undefined;
      return item ? objectsAt(item._zod.def, path.slice(1), object) : [];
    }
    case 'record':
      return def.valueType && path.length > 0 ? objectsAt(def.valueType._zod.def, path.slice(1), object) : [];
    default:
      return [];
  }
}

function literalOf(def: Def, key: string): unknown {
  const field = def.shape?.[key]?._zod.def as (Def & { values?: unknown[] }) | undefined;
  return field?.type === 'literal' ? field.values?.[0] : undefined;
}

/** The field names the schema allows at `path`. */
function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[], object: unknown): string[] {
  const defs = objectsAt((schema as unknown as { _zod: { def: Def } })._zod.def, path, object);
  return [...new Set(defs.flatMap((d) => Object.keys(d.shape ?? {})))];
}
