import type { CommandSpec } from '../command';
import { listCommand } from './list';
import { refsCommand } from './refs';

/** Every `vetted` subcommand, in the order `vetted --help` lists them. */
export const commands: readonly CommandSpec[] = [listCommand, refsCommand];
