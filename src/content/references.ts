/** A check across stages: the rows and column values chart states name exist in the data. */
import type { Reference } from '../charts/core/define.ts';
import { charts as chartDefinitions } from '../charts/index.ts';
import type { DatasetId } from '../schemas/datasets.ts';
import type { IssueList } from './errors.ts';
import type { ChartSpec, SomeDatasets } from './model.ts';

/**
 * Row ids (and column values such as tracker names) in chart states must exist in the datasets
 * they refer to; each chart's module says which parameters refer to what (`references`).
 */
export function checkChartReferences(charts: ChartSpec[], datasets: SomeDatasets, withErrors: Set<DatasetId>, issues: IssueList): void {
  const file = 'content/charts.yaml';
  // Values of one column of one dataset, computed once per check rather than once per reference.
  const known = new Map<string, Set<string>>();
  const valuesOf = (ds: DatasetId, column: string): Set<string> => {
    const k = `${ds}\u0000${column}`;
    let set = known.get(k);
    if (!set) {
      const rows: readonly object[] = datasets[ds]?.rows ?? [];
      set = new Set(rows.flatMap((r) => { const v: unknown = Reflect.get(r, column); return typeof v === 'string' ? [v] : []; }));
      known.set(k, set);
    }
    return set;
  };
  const listed = (values: Set<string>, quote: boolean): string => {
    const all = [...values].map((v) => (quote ? JSON.stringify(v) : v));
    const MAX = 12;
    return all.length > MAX ? `${all.slice(0, MAX).join(', ')}, … (${all.length - MAX} more)` : all.join(', ');
  };
  for (const chart of charts) {
    const refs: Readonly<Record<string, Reference<DatasetId> | undefined>> = chartDefinitions[chart.id].references;
    for (const st of chart.states) {
      const params: Record<string, unknown> = { ...st.params };
      for (const [field, ref] of Object.entries(refs)) {
        if (!ref) continue;
        const raw = params[field];
        const values = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string') : [];
        // Datasets with their own mistakes may have dropped rows (reported already); missing ones are reported as missing.
        if (ref.datasets.some((d) => withErrors.has(d) || !datasets[d])) continue;
        const column = ref.column ?? 'id';
        for (const v of values) {
          if (ref.datasets.some((d) => valuesOf(d, column).has(v))) continue;
          const message =
            column === 'id'
              ? `unknown row id ${JSON.stringify(v)}; expected a row id of ${ref.datasets.join(' or ')}, one of: ${listed(new Set(ref.datasets.flatMap((d) => [...valuesOf(d, column)])), false)}`
              : `unknown ${ref.noun ?? column} ${JSON.stringify(v)}; expected one of ${listed(new Set(ref.datasets.flatMap((d) => [...valuesOf(d, column)])), true)}`;
          issues.add({ file, field: `${chart.id}.states.${st.id}.params.${field}`, message });
        }
      }
    }
  }
}
