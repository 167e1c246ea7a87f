import type { CommandSpec } from '../command';
import { auditCommand } from './audit';
import { checkCommand } from './check';
import { exportCommand } from './export';
import { importCommand } from './import';
import { listCommand } from './list';
import { refsCommand } from './refs';

/** Every `vetted` subcommand, in the order `vetted --help` lists them. */
export const commands: readonly CommandSpec[] = [
  listCommand,
  importCommand,
  checkCommand,
  exportCommand,
  refsCommand,
  auditCommand,
];
