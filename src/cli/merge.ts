// meetings merge RECORDS…: document records (what `export --format ndjson` writes, from one run or
// from many `--shard K/N` runs) merged into meetings, written as `export` would have written them
// from the articles: the same bytes in every format.
//
//   meetings merge 'records/*.ndjson' > export.json          one process, memory bounded by a block
//   meetings merge 'records/*.ndjson' --partition K/N > meetings-K.ndjson
//                                                            N tasks, each writing its meetings
//   meetings merge 'records/*.ndjson' --meetings 'meetings-*.ndjson' > export.json
//                                                            the tasks' meetings put in order
//
// How the merge is cut into blocks, and why the blocks give the same meetings: assemble/partition.ts.

import { Option, type Command } from 'commander';
import { SCHEMA_VERSION, type DocumentRecord } from '../model.js';
import { mergeRecordFiles, orderPartitionMeetings, orderRecordFiles } from '../assemble/partition.js';
import { RecordError, openRecordFiles } from '../assemble/records.js';
import { parseShareSpec, resolveShare, type ShareSpec } from '../corpus/shard.js';
import { csvLine } from '../render/csv.js';
import { CSV_HEAD, csvRows } from './export.js';
import { UsageError, write, type Io } from './context.js';

interface MergeCliOptions {
  format: 'json' | 'ndjson' | 'csv';
  partition?: ShareSpec;
  meetings?: string[];
}

export function mergeCommand(program: Command, io: Io): void {
  program
    .command('merge')
    .description('merge document records (export --format ndjson, e.g. of --shard runs) into meetings: the same output as one export of all the files')
    .argument('<records...>', 'NDJSON record files, quoted globs, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format, as for export').choices(['json', 'ndjson', 'csv']).default('json'))
    .addOption(
      new Option('--partition <K/N>', 'write only partition K of N (K from 0), as NDJSON meetings, one a line; "auto" reads the index of a job array').argParser(parseShareSpec),
    )
    .option('--meetings <files...>', 'the NDJSON meetings that --partition tasks wrote: put them in order with the records instead of merging again (json)')
    .action(async (args: string[], options: MergeCliOptions) => {
      let share;
      try {
        share = options.partition ? resolveShare(options.partition, io.env, '--partition') : undefined;
      } catch (err) {
        throw new UsageError((err as Error).message);
      }
      if (share && options.meetings) throw new UsageError('--partition and --meetings are two steps: give one');
      const records = await open(args);
      try {
        if (options.meetings) {
          const parts = await open(options.meetings);
          const ordered = orderRecordFiles(records.files);
          try {
            if (options.format !== 'json') throw new UsageError('--meetings writes the json export (ndjson and csv hold no meetings: use them without --meetings)');
            await writeExport(io, 'json', ordered.documents(), orderPartitionMeetings(ordered.documents(), parts.files));
          } finally {
            ordered.close();
            parts.close();
          }
          return;
        }
        if (options.format !== 'json' && !share) {
          // ndjson and csv are the documents alone, in order: nothing to merge.
          const ordered = orderRecordFiles(records.files);
          try {
            await writeExport(io, options.format, ordered.documents(), []);
          } finally {
            ordered.close();
          }
          return;
        }
        const merge = mergeRecordFiles(records.files, { partition: share });
        try {
          if (share) {
            const out = batched(io);
            for (const line of merge.meetings()) await out.write(line + '\n');
            await out.flush();
          } else {
            await writeExport(io, 'json', merge.documents(), merge.meetings());
          }
        } finally {
          merge.close();
        }
      } finally {
        records.close();
      }
    });
}

async function open(args: string[]) {
  try {
    return await openRecordFiles(args);
  } catch (err) {
    if (err instanceof RecordError) throw new UsageError(err.message);
    throw err;
  }
}

/** Writes what `meetings export` writes for these documents and meetings (JSON lines), byte for byte. */
export async function writeExport(io: Io, format: 'json' | 'ndjson' | 'csv', documents: Iterable<DocumentRecord>, meetings: Iterable<string>): Promise<void> {
  const out = batched(io);
  if (format === 'ndjson') {
    for (const d of documents) await out.write(JSON.stringify(d) + '\n');
  } else if (format === 'csv') {
    await out.write(csvLine(CSV_HEAD));
    for (const d of documents) await out.write(csvRows(d, null));
  } else {
    const indent = (json: string) => '    ' + json.replace(/\n/g, '\n    ');
    await out.write(`{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "documents": [`);
    let n = 0;
    for (const d of documents) await out.write((n++ ? ',\n' : '\n') + indent(JSON.stringify(d, null, 2)));
    await out.write(`${n ? '\n  ' : ''}],\n  "meetings": [`);
    let m = 0;
    for (const line of meetings) await out.write((m++ ? ',\n' : '\n') + indent(JSON.stringify(JSON.parse(line), null, 2)));
    await out.write(`${m ? '\n  ' : ''}]\n}\n`);
  }
  await out.flush();
}

/** Output gathered into writes of about 64 KB: a write per record would cost more than the merge. */
function batched(io: Io) {
  let parts: string[] = [];
  let size = 0;
  const flush = async () => {
    if (parts.length) await write(io, parts.join(''));
    parts = [];
    size = 0;
  };
  return {
    write: async (s: string) => {
      parts.push(s);
      size += s.length;
      if (size >= 65536) await flush();
    },
    flush,
  };
}
