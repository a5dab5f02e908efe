import type { StateCreator } from 'zustand';

/**
 * One part of the viewer store: its own state and named actions, reading (and, for actions
 * that span parts, writing) the state of the parts it `Needs`. `store.ts` puts them together.
 */
export type Slice<Own, Needs = unknown> = StateCreator<Own & Needs, [], [], Own>;
