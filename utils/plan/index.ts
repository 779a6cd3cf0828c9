// The crisis plan and incidents (practices 1, 3, 6, 8 and 9): pure logic, no storage, no DOM.
// The options page edits and validates the plan, the popup and dashboard run incidents on it.
export * from './plan';
export * from './schema';
export * from './incident';
export * from './clock';
export * from './texts';
export * from './report';
export * from './format';
export { formatDuration, suggestedAction, type ActionContext, type ActionKind, type SuggestedAction } from './actions';
