/** Parameter types that several charts' state schemas share. */
import { z } from 'zod';
import { isIsoDate } from '../../schemas/cells.ts';

export const day = z.string().refine(isIsoDate, 'expected a real date written YYYY-MM-DD, e.g. 2014-12-01');

/** A list of row ids (or names); empty when left out. */
export const ids = z.array(z.string()).default([]);
