// The library entry: analyze one text, or merge documents into meetings.
export { analyze, type AnalyzeOptions, type Analysis } from './assemble/document.js';
export { mergeMeetings } from './assemble/meetings.js';
export * from './model.js';
