/** Sprint planning with suppliers: capacity and budget arithmetic, warnings, following sprints, settlement, exports. */
export * from './plan';
export * from './follow';
export * from './settlement';
export * from './criteria';
export * from './exports';
export * from './records';
