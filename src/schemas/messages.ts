/**
 * Error messages in words an editor can act on, for the mistakes zod reports in its own terms
 * (a missing field, an unknown field, a wrong kind of value). Imported once, it applies to every
 * schema.
 */
import { z } from 'zod';

const KIND: Record<string, string> = {
  string: 'some text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (items on lines starting with "- ", or [a, b])',
  object: 'a group of fields',
};

z.config({
  customError: (issue) => {
    if (issue.code === 'invalid_type') {
      const expected = KIND[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `this field is missing; expected ${expected}`;
      return `expected ${expected}, found ${JSON.stringify(issue.input)}`;
    }
    if (issue.code === 'invalid_value') {
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, found ${JSON.stringify(issue.input)}`;
    }
    if (issue.code === 'unrecognized_keys') {
      const n = issue.keys.length;
      return `unknown field${n > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}; check the spelling (field names are listed in EDITING.md)`;
    }
    return undefined;
  },
});
