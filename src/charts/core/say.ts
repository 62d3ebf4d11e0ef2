/**
 * A chart's own interface strings (src/charts/<id>/messages.ts, keys without the chart's prefix),
 * looked up in an edition's words under the global key `<chart-id>.<key>`. Typed by the catalog,
 * so a key the chart's messages lack fails the type check; plural variants (`x.one`, `x.other`)
 * are asked for as `x` with a `count`.
 */
import type { Catalog, Vars, Words } from '../../i18n/words.ts';

type PluralBase<K extends string> = K extends `${infer B}.${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? B : never;

/** The keys of catalog `M` a chart may ask for: its plain keys and the base of each plural group. */
export type MessageKey<M extends Catalog> = (keyof M & string) | PluralBase<keyof M & string>;

export type Say<M extends Catalog> = (key: MessageKey<M>, vars?: Vars) => string;

/**
 * `say('axis.title', vars)` = `words.t('<prefix>.axis.title', vars)`; `messages` (the chart's
 * English catalog) types the keys and must hold every key asked for.
 */
export function sayer<M extends Catalog>(words: Words, prefix: string, messages: M): Say<M> {
  return (key, vars) => {
    if (!(key in messages) && !(`${key}.other` in messages))
      throw new Error(`${prefix}: no message ${JSON.stringify(key)} in its messages.ts`);
    return words.t(`${prefix}.${key}`, vars);
  };
}

/** A catalog's keys under `prefix`: `{ title: … }` → `{ 'timeline.title': … }`. */
export function prefixed(prefix: string, messages: Catalog): Catalog {
  return Object.fromEntries(Object.entries(messages).map(([k, v]) => [`${prefix}.${k}`, v]));
}
