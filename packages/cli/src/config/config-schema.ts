import { RULE_LEVELS, ruleIds } from '@kiji/lint';
import { z } from 'zod';
import { RenderSettingsSchema } from './render-settings.js';

/**
 * The JSON Schema (draft 2020-12) of kiji.config.json, for editors: "render" from its validator,
 * its theme from @kiji/pdf's, "lint" from the rule list. `schema/kiji.config.schema.json` is
 * this, committed (a test keeps it current).
 */
export async function configJsonSchema(): Promise<Record<string, unknown>> {
  const { themeJsonSchema } = await import('@kiji/pdf');
  const { $schema: _, ...render } = z.toJSONSchema(RenderSettingsSchema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
  }) as Record<string, unknown> & { properties: Record<string, Record<string, unknown>> };
  const { $schema: __, ...theme } = themeJsonSchema();
  render.properties.theme = {
    description: render.properties.theme?.description,
    oneOf: [{ type: 'string', description: 'A theme file, relative to kiji.config.json.' }, theme],
  };
  const level = { enum: [...RULE_LEVELS] };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'kiji.config.json',
    description: 'Settings of the kiji command: render settings and lint rules.',
    type: 'object',
    properties: {
      $schema: { type: 'string', description: 'The JSON Schema of this file, for editors.' },
      render,
      lint: {
        type: 'object',
        description: 'kiji lint: rule settings (see the @kiji/lint README).',
        properties: {
          rules: {
            type: 'object',
            propertyNames: { enum: [...ruleIds] },
            additionalProperties: {
              oneOf: [
                level,
                { type: 'array', prefixItems: [level, { type: 'object' }], minItems: 2, maxItems: 2 },
              ],
            },
          },
        },
        additionalProperties: false,
      },
    },
    additionalProperties: false,
  };
}
