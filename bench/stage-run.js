// The stages of a CSV run, as the CLI's own pieces run them in one process: read (decode, parse, validate,
// check ids), engine (+ computePerson, explain off as in the CSV run), rollup (+ the roll-up: the work of
// --summary), format (+ the CSV bytes, not written). Shared by bench/stages.js and bench/ab-stages.js.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const STAGES = ['read', 'engine', 'rollup', 'format'];

/** The build in `root` (a checkout with dist/), loaded with its policy; returns a run of a roster up to a stage. */
export async function loadStages(root) {
  const dist = (path) => import(pathToFileURL(join(resolve(root), 'dist', path)).href);
  const [{ openRoster }, { loadPolicy }, { computePerson }, { Rollup }, { createLabels }, { createCsvFormatter }, { ByteWriter }] = await Promise.all([
    dist('roster/read.js'), dist('policy/load.js'), dist('engine/index.js'), dist('budget/rollup.js'),
    dist('i18n/labels.js'), dist('cli/output/csv.js'), dist('io/byte-writer.js'),
  ]);
  const policy = loadPolicy({ year: 2014 });
  /** Reads `file` through the stages up to `stage`; what it made, so two builds can be held to the same. */
  return async (file, stage) => {
    const upTo = STAGES.indexOf(stage);
    // A build from before the rules between columns were part of the policy reads them itself and ignores the option.
    const roster = await openRoster(file, { columnRules: policy.columnRules });
    const formatter = createCsvFormatter({ policy, year: 2014, labels: createLabels(policy, 'zh'), passthrough: roster.header.passthrough }, { header: 'en', bom: false });
    const rollup = new Rollup({});
    const out = new ByteWriter();
    let people = 0;
    let bytes = 0;
    for await (const batch of roster.batches) {
      for (const row of batch) {
        if (row.kind !== 'person') continue;
        people++;
        if (upTo < 1) continue;
        let result;
        try {
          result = computePerson(row.person, 2014, policy, { explain: false });
        } catch {
          continue; // rejected by the engine, as the CLI would
        }
        if (upTo < 2) continue;
        rollup.add(row.person, result);
        if (upTo < 3) continue;
        formatter.personBytes({ row: row.row, person: row.person, result, extra: row.extra }, out);
        if (out.size >= 1 << 15) bytes += out.take().length;
      }
    }
    return { people, bytes: bytes + out.take().length };
  };
}
