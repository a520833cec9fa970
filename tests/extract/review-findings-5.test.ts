// Rows from the mid-session review of this session's agenda and participants changes. All but the guard rows (the
// participle after a verb, "the rise in …", what a purpose is about) were wrong before their mending.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/text/document.js';
import { findAgenda } from '../../src/extract/agenda.js';
import { analyze } from '../../src/assemble/document.js';

const topics = (text: string) => findAgenda(parseDocument(`Talks\n\n${text}`)).map((a) => a.text);

describe('findAgenda: what the mid-session review found', () => {
  it.each([
    // a head whose compound is a topic of its own takes no lone noun after "and"
    ['The leaders discussed economic cooperation and terrorism.', ['economic cooperation', 'terrorism']],
    ['They discussed trade relations and investment.', ['trade relations', 'investment']],
    ['They discussed climate change and counterterrorism.', ['climate change', 'counterterrorism']],
    // an auxiliary and its participle are no modifier and noun
    ['They discussed the humanitarian aid Japan has provided and reconstruction.', ['the humanitarian aid', 'reconstruction']],
    // the day between the cue and its topics, then the list's verb
    ['The topics discussed today included trade, energy and climate change.', ['trade', 'energy and climate change']],
    // (a phrase of its own after the day is no topic)
    ['They discussed today amid rising tensions the situation in the Taiwan Strait.', []],
    ['The leaders will discuss tomorrow ahead of the summit trade and energy.', []],
    // an article's noun is a first modifier only before a head of a series
    ['They discussed the economy, regional, and global issues.', ['the economy', 'regional, and global issues']],
    ['They discussed the war, economic, and energy issues.', ['the war', 'economic, and energy issues']],
    // an adjective after a verb's object is its complement, no modifier of the next head; right after the verb it is one
    ['They discussed ways to keep markets open, trade, and energy cooperation.', ['ways to keep markets open', 'trade', 'energy cooperation']],
    ['They discussed their efforts to provide economic, development, and humanitarian aid.', ['their efforts to provide economic, development, and humanitarian aid']],
    // after a determiner, or a preposition that is no topic's, a noun is a topic of its own
    ['They discussed the drought and food security.', ['the drought', 'food security']],
    ['They discussed the fight against terrorism and energy security.', ['the fight against terrorism', 'energy security']],
    ['They discussed the rise in energy and food prices.', ['the rise in energy and food prices']],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

describe('participants: what the mid-session review found', () => {
  it.each([
    // one who joins the two after their purpose takes part
    ['Secretary Ana Vidal met Foreign Minister Tomas Rojo in Lima to push for a trade deal, joined by Defense Minister Carl Brandt.', ['Brandt', 'Rojo', 'Vidal']],
    ['President Ana Vidal met Prime Minister Tomas Rojo in Delhi to push for a trade deal in the presence of Foreign Minister Carl Brandt.', ['Brandt', 'Rojo', 'Vidal']],
    ['President Ana Vidal met Prime Minister Tomas Rojo in Delhi to push for a trade deal alongside Foreign Minister Carl Brandt.', ['Brandt', 'Rojo', 'Vidal']],
    // (what the purpose is about names no participant)
    ['Readout\n\nPresident Ana Vidal called Prime Minister Tomas Rojo today to express her condolences on the death of former Prime Minister Carl Brandt.', ['Rojo', 'Vidal']],
  ])('%s', (text, expected) => {
    expect(analyze(text).participants.map((p) => p.name.split(' ').pop()).sort()).toEqual(expected);
  });
});
