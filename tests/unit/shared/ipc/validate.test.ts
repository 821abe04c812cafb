import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { parseUnknown } from '../../../../shared/ipc/validate';

describe('parseUnknown', () => {
  const schema = z.strictObject({ items: z.array(z.strictObject({ hours: z.number().min(1, { error: 'too few' }) })) });

  it('formats nested paths the way the UI shows them', () => {
    const result = parseUnknown(schema, { items: [{ hours: 2 }, { hours: 0 }] });
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'items[1].hours: too few', issues: [{ path: 'items[1].hours', message: 'too few' }] },
    });
  });

  it('reports one issue per field', () => {
    const twice = z.strictObject({ a: z.string().min(3, { error: 'short' }).regex(/^x/, { error: 'no x' }) });
    const result = parseUnknown(twice, { a: 'y' });
    expect(result.ok ? [] : result.error.issues).toEqual([{ path: 'a', message: 'short' }]);
  });
});
