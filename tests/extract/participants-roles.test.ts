import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/assemble/document.js';
import { parseDocument } from '../../src/text/document.js';
import { findParticipants } from '../../src/extract/participants.js';
import type { PeopleIndex } from '../../src/extract/people.js';

const surnames = (text: string) => analyze(text).participants.map((p) => p.name.split(' ').pop()).sort();

describe('findParticipants: titles of several words, a title standing for a name, page furniture', () => {
  it.each([
    // Long titles before each name, "met today with".
    ['Secretary of State Ruth Calloway met today with Estonian Minister of Foreign Affairs Mart Tamm in Washington to discuss energy security.',
      ['Calloway', 'Tamm']],
    ['Deputy Prime Minister and Minister of Foreign Affairs Kofi Mensah met today with Togolese Minister of Foreign Affairs Adjo Koffi.',
      ['Koffi', 'Mensah']],
    // The meeting sentence gives a title; the name comes later.
    ['Note to correspondents\n\nThe Deputy Secretary-General met today with the Prime Minister of Fiji to discuss ocean finance. Deputy Secretary-General Lena Moreau said the talks were useful. Prime Minister Tevita Rabuka thanked her for the visit.',
      ['Moreau', 'Rabuka']],
    ['Meeting with the Prime Minister of Fiji\n\n3 July 2024\n\nThe High Representative met today with H.E. Mr. Tevita Rabuka, Prime Minister of Fiji. They discussed ocean finance.\n\nThe statement was issued by the office of High Representative Lena Moreau in Brussels.',
      ['Moreau', 'Rabuka']],
    // A readout's attribution line ends in a colon but is not a transcript speaker: the body still counts.
    ["Secretary Calloway's Meeting with Estonian Foreign Minister Tamm\n\nREADOUT\n\nMARCH 12, 2024\n\nThe below is attributable to Spokesperson Mark Fuller:\n\nSecretary of State Ruth Calloway met today with Estonian Foreign Minister Mart Tamm in Washington. They discussed energy security.",
      ['Calloway', 'Tamm']],
    ['Readout\n\nThe Foreign Secretary met the visiting Finnish Foreign Minister Aino Virtanen in London on Tuesday. Foreign Secretary Tom Hale said the two agreed to work on Arctic research.',
      ['Hale', 'Virtanen']],
    // Consultations between delegations: their heads took part ("Coordinator" is a title, not part of the name).
    ['Joint Statement on Consultations\n\nOn 7-8 March, Norway and Finland held consultations on the Arctic. The Norwegian delegation was led by Arctic Coordinator Tom Hale and included officials of the foreign ministry. The Finnish delegation was led by Deputy National Security Adviser Aino Virtanen.',
      ['Hale', 'Virtanen']],
    // (not the head of another occasion's delegation)
    ['Joint Statement on the Arctic Dialogue\n\nNorway and Finland held their Arctic dialogue in Oslo on May 20. The Norwegian delegation was led by Coordinator Tom Hale. At last year’s dialogue, the Finnish delegation was led by Undersecretary Aino Virtanen, who has since retired.',
      ['Hale']],
  ])('%s', (text, expected) => {
    expect(surnames(text)).toEqual(expected);
  });

  it.each([
    ['Ministers meet in Oslo\n\nFollow Nordic Wire\n\nShare\n\nNorwegian Foreign Minister Ingrid Dahl met Danish Foreign Minister Lars Holm in Oslo on Monday.\n\nSubscribe to Nordic Wire\n\nThe two discussed fisheries.',
      ['Dahl', 'Holm']],
  ])('skips page furniture: %s', (text, expected) => {
    expect(surnames(text)).toEqual(expected);
  });

  it('does not take a furniture line the people index read as a name', () => {
    const text = 'Ministers meet\n\nFollow Nordic Wire\n\nIngrid Dahl met Lars Holm in Oslo on Monday to discuss fish.';
    const doc = parseDocument(text);
    const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, text: w });
    const people: PeopleIndex = {
      people: [
        { name: 'Follow Nordic Wire', role: null, country: null, type: 'person', aliases: [] },
        { name: 'Ingrid Dahl', role: null, country: null, type: 'person', aliases: [] },
        { name: 'Lars Holm', role: null, country: null, type: 'person', aliases: [] },
      ],
      mentions: [
        { ...at('Follow Nordic Wire'), person: 0, kind: 'name' },
        { ...at('Ingrid Dahl'), person: 1, kind: 'name' },
        { ...at('Lars Holm'), person: 2, kind: 'name' },
      ],
    };
    expect(findParticipants(doc, people, []).map((p) => p.name)).toEqual(['Ingrid Dahl', 'Lars Holm']);
    // Also when the meeting sentence itself begins on a furniture line's name.
    const text2 = 'Share Ingrid Dahl\n\nIngrid Dahl met Lars Holm in Oslo on Monday.';
    const doc2 = parseDocument(text2);
    const p2: PeopleIndex = {
      people: [
        { name: 'Share Ingrid Dahl', role: null, country: null, type: 'person', aliases: [] },
        { name: 'Lars Holm', role: null, country: null, type: 'person', aliases: [] },
      ],
      mentions: [
        { start: 0, end: 17, text: 'Share Ingrid Dahl', person: 0, kind: 'name' },
        { start: text2.indexOf('Lars'), end: text2.indexOf('Lars') + 9, text: 'Lars Holm', person: 1, kind: 'name' },
      ],
    };
    expect(findParticipants(doc2, p2, []).map((p) => p.name)).toEqual(['Lars Holm']);
  });
});
