/**
 * The presenter's modes, loaded in one piece when one of them is asked for: a reader's first
 * screen does not carry them (bench/budgets.json).
 */
export { default as PresentView } from './PresentView.svelte';
export { default as PrintView } from './PrintView.svelte';
export { default as SpeakerView } from './SpeakerView.svelte';
