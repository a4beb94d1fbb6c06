// `redline feedback …`: the subcommands that add, import and list entries, one file each.
import type { Command } from 'commander';
import type { Context } from '../../io.js';
import { registerFeedbackAdd } from './add.js';
import { registerFeedbackEdit } from './edit.js';
import { registerFeedbackImport } from './import.js';
import { registerFeedbackList } from './list.js';

export function registerFeedback(program: Command, context: Context): void {
  const feedback = program.command('feedback').description('add, import and list feedback entries');
  registerFeedbackImport(feedback, context);
  registerFeedbackAdd(feedback, context);
  registerFeedbackEdit(feedback, context);
  registerFeedbackList(feedback, context);
}
