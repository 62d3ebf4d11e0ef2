/** Dataset downloads: CSV as editors wrote it, JSON with metadata, and a Frictionless descriptor. */
import { z } from 'zod';
import type { ContentModel, Dataset } from '../content/model.ts';
import { datasetDefinitions } from '../schemas/datasets.ts';

/** Every source a dataset cites: in its metadata or on any row. */
function citedBy(ds: Dataset): Set<string> {
  return new Set([...ds.meta.sources, ...(ds.rows as { sources: string[] }[]).flatMap((r) => r.sources)]);
}

export function datasetJson(model: ContentModel, ds: Dataset): string {
  const sources = model.sources.filter((s) => citedBy(ds).has(s.id));
  return JSON.stringify(
    {
      id: ds.id,
      title: ds.meta.title,
      version: ds.meta.version,
      updated: ds.meta.updated,
      units: ds.meta.units,
      notes: ds.meta.notes ?? null,
      sources,
      changelog: ds.meta.changelog,
      rows: ds.rows,
    },
    null,
    2,
  );
}

type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'array';

/** Frictionless field type of a column, read from the cell schema's output type. */
function fieldType(schema: z.ZodType): FieldType {
  const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as { type?: string | string[] };
  const t = Array.isArray(json.type) ? json.type.find((x) => x !== 'null') : json.type;
  if (t === 'number' || t === 'boolean' || t === 'array' || t === 'integer') return t;
  return 'string';
}

export function dataPackage(model: ContentModel, site: URL): string {
  return JSON.stringify(
    {
      profile: 'tabular-data-package',
      name: 'the-interview-2014',
      title: model.article.headline,
      homepage: site.href,
      resources: Object.values(model.datasets).map((ds) => {
        const shape = datasetDefinitions[ds.id].row.shape as Record<string, z.ZodType>;
        return {
          name: ds.id,
          path: `${ds.id}/v${ds.meta.version}.csv`,
          profile: 'tabular-data-resource',
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8',
          title: ds.meta.title,
          description: ds.meta.notes ?? '',
          version: String(ds.meta.version),
          sources: model.sources
            .filter((s) => citedBy(ds).has(s.id))
            .map((s) => ({ title: `${s.outlet}: ${s.title}`, ...(s.url ? { path: s.url } : {}) })),
          schema: {
            fields: Object.entries(shape).map(([name, schema]) => ({
              name,
              type: name === 'sources' ? 'string' : fieldType(schema),
              ...(ds.meta.units[name] ? { description: ds.meta.units[name] } : {}),
            })),
            primaryKey: 'id',
          },
        };
      }),
    },
    null,
    2,
  );
}
