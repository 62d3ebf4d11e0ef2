/** The kinds of a data change (what `npm run data:version --kind` takes), without the disk: the admin's browser check uses them too. */
import { changeKinds, type ChangeKind } from '../schemas/dataset-meta.ts';

export const KIND_HELP = `expected --kind followed by one of ${changeKinds.join(', ')}: correction (a figure was wrong; listed for readers), update (newer figures; listed for readers), internal (housekeeping readers need not see; kept in the changelog and archive only)`;

export function isChangeKind(s: string | undefined): s is ChangeKind {
  return (changeKinds as readonly (string | undefined)[]).includes(s);
}
