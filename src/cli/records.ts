// The options that say which records a command reads, besides the folder: `--shard K/N` (only a
// share of the folder's files, for N processes on N machines) and `--records FILE…` (document
// records that `export --format ndjson` wrote, on this machine or a cluster, instead of a folder).

import { Option, type Command } from 'commander';
import type { DocumentRecord } from '../model.js';
import { RecordError, loadRecords, openRecordFiles } from '../assemble/records.js';
import { parseShareSpec, resolveShare, type Share, type ShareSpec } from '../corpus/shard.js';
import { UsageError } from './context.js';

export interface RecordOptions {
  shard?: ShareSpec;
  records?: string[];
}

/** Adds --shard and --records to a command that reads a folder. */
export function withRecordOptions(cmd: Command): Command {
  return cmd
    .addOption(
      new Option('--shard <K/N>', 'read only share K of N of the files (K from 0; by a hash of each path); "auto" reads the index of a job array (Slurm, Kubernetes, AWS Batch)').argParser(parseShareSpec),
    )
    .option('--records <files...>', 'read document records (export --format ndjson) instead of a folder: files, quoted globs, or -');
}

/** The share --shard asks for, resolved against the environment; a usage error when `auto` finds no index. */
export function shardOf(options: RecordOptions, env: NodeJS.ProcessEnv): Share | undefined {
  if (!options.shard) return undefined;
  if (options.records) throw new UsageError('--shard reads a share of a folder; with --records, give each task its own record files');
  try {
    return resolveShare(options.shard, env, '--shard');
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** The documents of --records, in the order a folder's files are read. */
export async function recordDocuments(args: string[]): Promise<DocumentRecord[]> {
  let opened;
  try {
    opened = await openRecordFiles(args);
  } catch (err) {
    if (err instanceof RecordError) throw new UsageError(err.message);
    throw err;
  }
  try {
    return loadRecords(opened.files);
  } finally {
    opened.close();
  }
}
