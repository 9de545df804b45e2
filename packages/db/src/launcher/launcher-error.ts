/** A start-up failure the user can fix: the launcher prints its one-sentence message, no stack. */
export class LauncherError extends Error {}
