// The record types of model.ts checked field by field, for records read back from the cache.
// The cache's checksums catch any edit or cut; this catches the rest (an entry a faulty build
// wrote, or one forged with a matching checksum), so that nothing past the cache meets a missing
// name or a negative offset. Checks what the types say (strings, nulls where allowed, whole
// numbers, the kinds) and what offsets mean (>= 0, start <= end); not what the text says.

import type { Analysis } from '../assemble/document.js';
import type { AgendaItem, DateMention, MeetingRecord, Participant, PartialDate, Person, Quote, Span } from '../model.js';

type Check<T> = (v: unknown) => v is T;

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isWholeOrNull = (v: unknown): v is number | null => v === null || Number.isSafeInteger(v);
/** A whole number >= 0: an offset, a count. */
export const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

export function arrayOf<T>(check: Check<T>): Check<T[]> {
  return (v: unknown): v is T[] => Array.isArray(v) && v.every(check);
}

const isSpan = (v: Record<string, unknown>): v is Record<string, unknown> & Span =>
  isCount(v.start) && isCount(v.end) && v.start <= v.end;

const isPartialDate = (v: unknown): v is PartialDate =>
  isObject(v) && isString(v.text) && isWholeOrNull(v.year) && isWholeOrNull(v.month) && isWholeOrNull(v.day) && isStringOrNull(v.iso);

const isDateMention = (v: unknown): v is DateMention => isPartialDate(v) && isObject(v) && isSpan(v);

const isParticipant = (v: unknown): v is Participant =>
  isObject(v) && isString(v.name) && isStringOrNull(v.role) && isStringOrNull(v.country);

const isPerson = (v: unknown): v is Person =>
  isObject(v) &&
  isString(v.name) &&
  isStringOrNull(v.role) &&
  isStringOrNull(v.country) &&
  (v.type === 'person' || v.type === 'body') &&
  arrayOf(isString)(v.aliases);

const isQuote = (v: unknown): v is Quote =>
  isObject(v) &&
  isSpan(v) &&
  isStringOrNull(v.speaker) &&
  isString(v.text) &&
  (v.kind === 'direct' || v.kind === 'transcript' || v.kind === 'indirect') &&
  isStringOrNull(v.cue) &&
  isCount(v.line) &&
  v.line >= 1;

const isAgendaItem = (v: unknown): v is AgendaItem => isObject(v) && isSpan(v) && isString(v.text);

/** A document's analysis (a DocumentRecord without id and path), every field of it. */
export function isAnalysis(v: unknown): v is Analysis {
  return (
    isObject(v) &&
    isString(v.title) &&
    (v.date === null || isPartialDate(v.date)) &&
    arrayOf(isDateMention)(v.dates) &&
    isStringOrNull(v.published) &&
    isStringOrNull(v.location) &&
    arrayOf(isParticipant)(v.participants) &&
    arrayOf(isPerson)(v.people) &&
    arrayOf(isQuote)(v.quotes) &&
    arrayOf(isAgendaItem)(v.agenda)
  );
}

/** A meeting, every field of it. */
export function isMeetingRecord(v: unknown): v is MeetingRecord {
  return (
    isObject(v) &&
    isString(v.id) &&
    (v.date === null || isPartialDate(v.date)) &&
    isStringOrNull(v.location) &&
    arrayOf(isParticipant)(v.participants) &&
    arrayOf(isString)(v.agenda) &&
    arrayOf(isString)(v.documents)
  );
}

/** An array of fixed length whose items pass the checks in order: [string, number] and such. */
export function tupleOf<T extends unknown[]>(...checks: { [K in keyof T]: Check<T[K]> }): Check<T> {
  return (v: unknown): v is T => Array.isArray(v) && v.length === checks.length && checks.every((check, i) => check(v[i]));
}
