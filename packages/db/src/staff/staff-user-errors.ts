/** An administrator may not lock themselves out (deactivate or demote their own account). */
export class SelfLockoutError extends Error {
  constructor() {
    super("You cannot deactivate your own account or remove your own administrator role.");
  }
}
