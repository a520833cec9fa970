import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/text/document.js';
import { findAgenda } from '../../src/extract/agenda.js';

const topics = (text: string) => findAgenda(parseDocument(text)).map((a) => a.text);

describe('findAgenda: topic wording other than "discussed X"', () => {
  it.each([
    ['Water quotas and the ferry timetable were on the table when the two governors met.', ['Water quotas', 'the ferry timetable']],
    ['The governors said the talks had been frank on the question of river dredging.', ['river dredging']],
    ['The Home Secretary raised fishing licences and the border fence.', ['fishing licences', 'the border fence']],
    // "consulted on", "to consult on": a readout's talks
    ['The two leaders consulted on the ferry timetable and water quotas.', ['the ferry timetable', 'water quotas']],
    ['The governor called her counterpart to consult on the river dredging plan.', ['the river dredging plan']],
    ['The mayor also raised $4 million for the bridge.', []],
    // the speakers' own talks to come, in a transcript; not another meeting's
    ['And thirdly, we’re going to be talking about the ferry timetable.', ['the ferry timetable']],
    ['Maybe they’re going to be talking about the ferry timetable.', []],
    // a count alone is no topic
    ['We are keen to talk about four — four main things.', []],
    ['We are keen to discuss this new phase of our ties.', ['this new phase of our ties']],
    // a verb's pronoun object points back to a topic named before
    ['The governor praised the ferry treaty, and the two discussed ways to strengthen it.', []],
    ['The governors discussed the possibility of buying five of them.', ['the possibility of buying five of them']],
    // A word that begins like a small word is not cut: "one", "ongoing", "online", "andean", "alsoran".
    ['The talks focused on one small subset of trade issues and on ongoing border disputes.', ['one small subset of trade issues', 'ongoing border disputes']],
    // A question reports no topic: a reporter's, or the writer's.
    ['Question: Have you discussed security guarantees with the border guards?', []],
    ['The governors met on Monday. Did they talk about the ferry timetable?', []],
    // (a question mark inside the closing quote is the quote's, not the sentence's)
    ['The governors met on Monday to discuss trade and the question of “who pays?”', ['trade']],
    ['Their discussions were centered around the proposed rail treaty, visa issues and the football bid.', ['the proposed rail treaty', 'visa issues', 'the football bid']],
    ['The talks were focused on grain storage.', ['grain storage']],
    ['The main topics of their meeting were relations between the two countries, economic cooperation and river dredging.', ['relations between the two countries', 'economic cooperation', 'river dredging']],
    ['The topics of the day were long, and the meeting ran late.', []],
    ['The subjects of the meeting were kept secret, officials said.', []],
    ['The minister held “an open and productive discussion” with the visiting envoy here on Friday on strengthening rail ties and the fallout of the drought.',
      ['strengthening rail ties', 'the fallout of the drought']],
    ['The minister held talks with the visiting envoy on Friday.', []],
    ['Media attention was focused on the protests outside, where police stood guard.', []],
    ['The fighting has centred around the eastern city of Bakhmut.', []],
    ['The minister held talks with the envoy on the sidelines of the summit.', []],
    ['The chancellor held talks with the president in Nairobi, on the first leg of an Africa tour aimed at energy deals.', []],
    ['The minister traveled to Warsaw for talks with her counterpart, as a dispute over border controls weighed on ties.', []],
    ['Both sides raised concerns.', []],
    ['The bank raised interest rates on Monday.', []],
    ['The ministers discussed a range of issues and raised the matter of visas.', ['visas']],
    // a passive cue, then its examples; how many is no part of a topic, unless the rest says nothing alone
    ['A range of regional and international matters was tabled, including engagement in the Pacific and global security issues.',
      ['regional and international matters', 'engagement in the Pacific', 'global security issues']],
    ['The ministers discussed a series of issues.', ['a series of issues']],
    // a range of issues of one kind is a topic as readers list it; some issues of one kind are not
    ['The ministers discussed a number of international issues.', ['international issues']],
    ['The ministers also consulted on a range of regional issues.', ['regional issues']],
    ['The ministers discussed some international issues.', []],
    ['The ministers discussed the oil pipeline. Separately, a bill on fuel levies was tabled in parliament on Tuesday.', ['the oil pipeline']],
    ['The ministers discussed the oil pipeline. A motion condemning the visit was tabled by the Greens.', ['the oil pipeline']],
    ['The haze and the border were tabled at the meeting.', ['The haze', 'the border']],
    ['We have discussed a number of areas where we can cooperate more.', []],
    ['The minister raised concerns about the dam project.', ['concerns about the dam project']],
    ['Born and raised in Lome, the minister discussed road tolls.', ['road tolls']],
    ['Special attention was paid to the dairy sector, where exports have doubled, and to rail freight.', ['the dairy sector', 'rail freight']],
    ['Close attention was paid to the harbour, which flooded in May, and to ensure the pumps work.', ['the harbour']],
    ['"I would also like to discuss with you the harbour project and grain storage," the governor said.', ['the harbour project', 'grain storage']],
    ['"We talked about wool prices and the ferry," she said.', ['wool prices', 'the ferry']],
    // (what they agreed on is an outcome, not a topic discussed)
    ['"We agreed on a joint river patrol," he said.', []],
    ['The envoys agreed on a date for the next round.', []],
    ['They agreed on the importance of a common tariff schedule.', []],
    // (working together on X is a commitment, not talks)
    ['They agreed to work together on maritime security and illegal migration.', []],
    ['The Foreign Secretary updated her counterpart on the sanctions package.', ['the sanctions package']],
    ['The ministers took stock of bilateral trade and the ferry project.', ['bilateral trade', 'the ferry project']],
    ['The two sides shared views on the regional situation.', ['the regional situation']],
    ['Work on the harbour tunnel will resume in May, the minister said.', []],
    ['"Today we will focus on energy and transport," the president said.', ['energy and transport']],
    ['"There are many issues on our agenda, including the ferry and grain storage," he said.', ['the ferry', 'grain storage']],
    ['"Our agenda includes trade, energy and culture," she said.', ['trade', 'energy', 'culture']],
    // "including" after issues named by their kind: the category stays beside its examples, as readers list it; after a
    // head that is only a category, or a category of priorities or areas, the examples are the topics.
    ['The ministers discussed bilateral issues, including fishing rights, port fees and the canal toll.', ['bilateral issues', 'fishing rights', 'port fees', 'the canal toll']],
    ['The envoys discussed regional and international matters, such as the river treaty and grain prices.', ['regional and international matters', 'the river treaty', 'grain prices']],
    ['The envoys discussed a range of issues, including the river treaty and grain prices.', ['the river treaty', 'grain prices']],
    ['The envoys discussed other shared priorities, including the river treaty and grain prices.', ['the river treaty', 'grain prices']],
    // "be discussing" is the active progressive, not a passive; other progressives are work, not talks.
    ['Obviously, we will be discussing the situation in the strait.', ['the situation in the strait']],
    ['We are discussing the ferry timetable today.', ['the ferry timetable']],
    ['The two governments are coordinating closely on the provision of aid.', []],
    // Near misses of this round's cues: a noun "center", attention not paid to a topic, areas not discussed.
    ['The center on Main Street hosted the two governors for lunch.', []],
    ['The areas of the old port include a fish market and two hotels.', []],
    // A review's near misses: attention in the present or of another body, a consulate to centre on a quarter, issues
    // raised by others or in a memoir, a negation.
    ['Talks\n\nMajor attention is paid to the security of the venue, police said, with roads closed around the palace.', []],
    ['Talks\n\nKey attention has been given to the visit by local media, which covered the arrival of the motorcade live.', []],
    ['Talks\n\nA new Kenyan consulate, to centre on the old railway quarter, will open in May.', []],
    ['Talks\n\nIssues raised by protesters outside the venue included fuel prices and police brutality.', []],
    ['Talks\n\nThe issues discussed did not include the disputed islands, officials said.', []],
    ['Talks\n\nTopics covered in Berg’s new memoir include her childhood and her years at the United Nations.', []],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

describe('findAgenda: more cue wordings from real copy', () => {
  it.each([
    ['Both ministers had a “frank and constructive” discussion on the river treaty, as well as on ferry fares.', ['the river treaty', 'ferry fares']],
    ['The governors also held talks over the dam project and grain storage.', ['the dam project', 'grain storage']],
    ['The two leaders exchanged notes on port fees.', ['port fees']],
    ['"We spoke very thoroughly about wool prices, the ferry and water problems," the governor said.', ['wool prices', 'the ferry', 'water problems']],
    ['The governor informed his counterpart in detail about the flood damage.', ['the flood damage']],
    ['"I want to inform you about the flood damage, of course," the governor told the mayor.', ['the flood damage']],
    ['The mayor also provided an update on the harbour tunnel.', ['the harbour tunnel']],
    // (a concern expressed is a stance, not a topic the text says was discussed)
    ['The minister expressed concern about the drought in the north.', []],
    ['The envoys reflected on the importance of the fisheries accord.', ['the importance of the fisheries accord']],
    ['In their meeting, the two ministers covered a new ferry route.', ['a new ferry route']],
    ['Grain prices were discussed and the canal toll was also talked about.', ['Grain prices', 'the canal toll']],
    ['The minister discussed issues of mutual interest at regional and international levels.', ['issues of mutual interest']],
    ['The call followed the mayor’s request to brief the governor on the flood plan.', ['the flood plan']],
    ['The governor, in a brief statement posted on his social media accounts, thanked the mayor.', []],
    ['"I look forward to constructive conversations over the next two days," she said.', []],
    ['"Our conversations on wool prices would surely be richer with more data," he said.', ['wool prices']],
    // Talk in general is no discussion held; "the fact" that a clause follows names no topic.
    ['When we talk about wool prices, we mean the price paid at the farm gate.', []],
    ['Whenever we speak about ferry fares, the islanders listen.', []],
    ['When they talked about ferry fares, the governors agreed quickly.', ['ferry fares']],
    ['The governor raised the fact that the ferry is late.', []],
    ['The governors discussed the facts on the ground in the north and the fact of rising food prices.', ['the facts on the ground in the north', 'the fact of rising food prices']],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

describe('findAgenda: what a meeting was held for', () => {
  it.each([
    ['President Ivo Brand met with Prime Minister Lia Stone of Latvia today, to advance cooperation on a range of bilateral, regional, and global issues.', ['bilateral, regional, and global issues']],
    // (not what they then agreed to do)
    ['The ministers met in Riga on Tuesday and agreed to expand cooperation in shipping.', []],
  ])('%s', (text, expected) => {
    expect(topics(`Talks\n\n${text}`)).toEqual(expected);
  });
});

describe('findAgenda: a talk denied names no topic', () => {
  it.each([
    ['The ministers did not discuss the border dispute, officials said.', []],
    ['“I don’t want to talk about sanctions now,” the president told reporters.', []],
    ['I do not come here today to discuss a new space race.', []],
    ['The minister declined to discuss the arms deal.', []],
    // (a talk that was had all the same: "could not avoid discussing X", "didn't just discuss X")
    ['They could not avoid discussing the submarine deal.', ['the submarine deal']],
    ['They didn’t just discuss migration; they also discussed gas supplies.', ['migration', 'gas supplies']],
    ['The spokesman was not authorized to discuss the talks.', []],
    // (not "not only discussed X but also Y")
    ['The ministers not only discussed fisheries but also visited the port.', ['fisheries']],
    ['The ministers discussed fisheries and the ferry timetable.', ['fisheries', 'the ferry timetable']],
  ])('%s', (text, expected) => {
    expect(topics(`Talks\n\n${text}`)).toEqual(expected);
  });
});

describe('findAgenda: a participle clause after the list says what the talks built on', () => {
  it.each([
    ['The leaders discussed ways to strengthen defense cooperation, building on the revised strategy documents and increased defense investments.', ['ways to strengthen defense cooperation']],
    ['The ministers discussed energy links, drawing on the experience of the Baltic grid.', ['energy links']],
    // (not "confidence building on the border", a topic)
    ['The ministers discussed confidence building on the border.', ['confidence building on the border']],
  ])('%s', (text, expected) => {
    expect(topics(`Talks\n\n${text}`)).toEqual(expected);
  });
});

describe('findAgenda: a call "regarding" its topic, and talks "at length"', () => {
  it.each([
    // the time of the call and the other side's full style between "spoke" and "regarding"
    ['The Governor spoke this afternoon with Mayor Ann Dale of Riverton regarding the flooding along the estuary.', ['the flooding along the estuary']],
    ['The Governor spoke by phone with the mayor about the ferry timetable.', ['the ferry timetable']],
    // two call partners, each with a title and a place, before "today about"
    ['Governor Ann Dale of Riverton spoke with Mayor Tom Berg of Easton and Mayor Lise Holm of Weston today about the flooding along the estuary.', ['the flooding along the estuary']],
    // "an exchange of views with you on A and on B": the meeting noun, the other side, then the topics
    ['In our meeting today, I am ready to have a candid exchange of views with you on the ferry timetable and on water quotas.', ['the ferry timetable', 'water quotas']],
    // a past form that modifies the topic's noun, and a plural head after a name ("NATO Alliance issues")
    ['The two governors also discussed continued close coordination on Harbour Board issues.', ['continued close coordination on Harbour Board issues']],
    // (nor how long they talked, nor a clause of someone else's between the partner and "about")
    ['Governor Ann Dale spoke with Mayor Tom Berg of Easton by phone on Tuesday for about an hour.', []],
    // (a title's "for" and a list's "as well as" are the partner's words)
    ['The Governor spoke with Minister for Harbours Ana Berg about the ferry timetable.', ['the ferry timetable']],
    ['The Governor spoke with Mayor Tom Berg as well as Mayor Lise Holm about the ferry timetable.', ['the ferry timetable']],
    ['The Governor spoke with Mayor Tom Berg on Tuesday and later told reporters he was optimistic about the ferry timetable.', []],
    // (not the public, and not a time with no call partner)
    ['The Governor spoke today with reporters about the ferry timetable.', []],
    // how long or how closely they talked is no part of the topic
    ['The two governors discussed at length ongoing efforts to reopen the ferry.', ['ongoing efforts to reopen the ferry']],
    ['The mayors discussed in depth the rail timetable.', ['the rail timetable']],
  ])('%s', (text, expected) => {
    expect(topics(`Talks\n\n${text}`)).toEqual(expected);
  });
});
