// Small formatting helpers shared by the table and listing renderers.

import type { Participant, PartialDate } from '../model.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2016-05-16", "16 May", "Monday", or "" when unknown. */
export function formatDate(date: PartialDate | null): string {
  if (!date) return '';
  if (date.iso) return date.iso;
  if (date.month != null && date.day != null) {
    return `${date.day} ${MONTHS[date.month - 1] ?? '?'}${date.year != null ? ' ' + date.year : ''}`;
  }
  if (date.month != null && date.year != null) return `${MONTHS[date.month - 1] ?? '?'} ${date.year}`;
  return date.text;
}

export function formatParticipant(p: Participant): string {
  return p.role ? `${p.name} (${p.role})` : p.name;
}

/** Cuts a string to `max` characters on a word boundary, with an ellipsis. */
export function truncate(s: string, max: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…';
}

/** Removes control characters (other than tab and newline) that would garble a terminal. */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
}

