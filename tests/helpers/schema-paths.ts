/** Every field path of a zod object schema: "a", "a.b" for a nested object or a list of objects. */
import type { z } from 'astro/zod';

const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;

export function schemaPaths(prefix: string, schema: z.ZodType): string[] {
  let core = schema;
  for (;;) {
    const d = def(core);
    if ((d.type === 'optional' || d.type === 'default') && d.innerType) core = d.innerType as z.ZodType;
    else if (d.type === 'pipe') core = d.in as z.ZodType;
    else if (d.type === 'array') core = d.element as z.ZodType;
    else break;
  }
  const shape = def(core).shape as Record<string, z.ZodType> | undefined;
  if (!shape) return [];
  return Object.entries(shape).flatMap(([name, field]) => [`${prefix}.${name}`, ...schemaPaths(`${prefix}.${name}`, field)]);
}
