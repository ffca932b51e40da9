// helpbridge's public API. Start with createGuard(); the rest is for tools,
// tests and embedders who want the pieces.
export { createGuard, Guard } from './guard.js';
export type { AttachOptions, GuardEvent, GuardOptions } from './guard.js';
export type { Decision } from './assessor.js';
export { defineHelpbridgeDialog, HelpbridgeDialog } from './dialog.js';
export type { Category, DialogChoice, DialogView, Level } from './view-model.js';
export { CoreError } from './errors.js';
