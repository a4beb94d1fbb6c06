// Work that only a command that succeeded may do: a failed command leaves
// every file as it was, caches included (the entry cache is saved here).

const tasks: Array<() => void> = [];

/** Runs `task` when the command ends with exit status 0; drops it otherwise. */
export function afterSuccess(task: () => void): void {
  tasks.push(task);
}

/** Called once as the command ends: runs the tasks if it succeeded, and forgets them either way. */
export function settle(succeeded: boolean): void {
  const due = tasks.splice(0);
  if (succeeded) for (const task of due) task();
}
