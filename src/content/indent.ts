/**
 * One plain message for an indentation slip in a YAML file. The YAML parser reports such a slip as
 * two or three messages about "compact mappings" or "implicit keys", or not at all when the slip
 * still parses (an item indented one space too far becomes part of the item above). This reads
 * the indentation the way an editor sees it: each line should start in the column of the lines it
 * belongs with, or further in only under a line that opens a block (ending in ":").
 */
export interface IndentProblem {
  /** 1-based line in the text. */
  line: number;
  message: string;
}

const KEY = /^([A-Za-z0-9_-]+|"[^"]*"|'[^']*'):(\s|$)/;
const BLOCK_SCALAR = /:\s*[|>][+-]?\s*$/;

function spaces(n: number): string {
  return `${n} space${n === 1 ? '' : 's'}`;
}

/** The nearest line above `from` that starts at column `col`, back to the block's own first line `fallback`. */
function likeLine(lines: string[], from: number, col: number, fallback: number): number {
  // Only within the block: above the line that opened it, the same column means something else.
  for (let j = from - 1; j >= fallback; j--) {
    const l = lines[j] ?? '';
    const body = l.trimStart();
    if (body !== '' && !body.startsWith('#') && l.length - body.length === col) return j + 1;
  }
  return fallback;
}

/** The first line indented where nothing can start, or undefined when the indentation is consistent. */
export function findIndentProblem(text: string): IndentProblem | undefined {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  // Each open level: its column and the line that set it.
  const stack: { col: number; line: number }[] = [{ col: 0, line: 0 }];
  let opens = false;
  let scalarAbove: number | undefined;
  for (const [i, raw] of lines.entries()) {
    const body = raw.trimStart();
    if (body === '' || body.startsWith('#') || raw.startsWith('\t')) continue;
    const n = raw.length - body.length;
    // Lines of a block scalar (notes: >-) are text, indented as the editor likes.
    if (scalarAbove !== undefined && n > scalarAbove) continue;
    scalarAbove = undefined;
    const structural = body.startsWith('- ') || body === '-' || KEY.test(body);
    const top = stack.at(-1) ?? { col: 0, line: 0 };
    if (n > top.col) {
      if (!opens) {
        // A deeper line after a value is the value's continuation, unless it starts a field or an item.
        if (!structural) continue;
        const at = likeLine(lines, i, top.col, top.line);
        const like = lines[at - 1]?.trim() ?? '';
        return {
          line: i + 1,
          message: `line ${i + 1} is indented ${spaces(n)}; expected ${spaces(top.col)}, like line ${at} ("${like.slice(0, 40)}"): a field or "- " item starts in the same column as the others of its entry (indent with spaces)`,
        };
      }
      stack.push({ col: n, line: i + 1 });
    } else {
      while ((stack.at(-1)?.col ?? 0) > n) stack.pop();
      const now = stack.at(-1) ?? { col: 0, line: 0 };
      if (now.col !== n) {
        // A "- " item lines up with the items before it; anything else with the fields around it.
        const inner = body.startsWith('- ') ? now.col : top.col;
        const at = likeLine(lines, i, inner, top.line);
        const like = lines[at - 1]?.trim() ?? '';
        return {
          line: i + 1,
          message: `line ${i + 1} is indented ${spaces(n)}; expected ${spaces(inner)}, like line ${at} ("${like.slice(0, 40)}"), or ${spaces(now.col)} to end that block: a field or "- " item starts in the same column as the others of its entry (indent with spaces)`,
        };
      }
    }
    // "- key: value" opens a mapping whose next fields line up after the "- ".
    if (body.startsWith('- ') && KEY.test(body.slice(2).trimStart())) stack.push({ col: n + 2 + (body.slice(2).length - body.slice(2).trimStart().length), line: i + 1 });
    opens = /:\s*$/.test(body) || body === '-';
    if (BLOCK_SCALAR.test(body)) {
      scalarAbove = n;
      opens = false;
    }
  }
  return undefined;
}
