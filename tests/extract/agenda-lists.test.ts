import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/text/document.js';
import { findAgenda } from '../../src/extract/agenda.js';

const topics = (text: string) => findAgenda(parseDocument(text)).map((a) => a.text);

describe('findAgenda: where lists split', () => {
  it.each([
    // Modifiers joined by "and" share the head after them (compromise tells the adjective).
    ['The Amir discussed the close and distinguished bilateral relations during a call.', ['the close and distinguished bilateral relations']],
    ['They discussed the 2+2 foreign and defense ministerial in July.', ['the 2+2 foreign and defense ministerial in July']],
    ['They discussed the ferry and grain storage.', ['the ferry', 'grain storage']],
    // a word the tagger reads as a verb, between a list's commas, is one of its items ("trade")
    ['They discussed our continued cooperation on space, climate, trade, and cybersecurity.', ['our continued cooperation on space, climate, trade, and cybersecurity']],
    // a name's possessive, or two names joined by a hyphen, opens a topic of its own after a name; names and a shared
    // head ("Latvian and Peruvian companies", "between Peru and Chile-based firms") do not
    ['They also discussed the crisis in Burma and ASEAN’s response.', ['the crisis in Burma', 'ASEAN’s response']],
    ['The ministers discussed the strength of NATO and U.S.-European relations.', ['the strength of NATO', 'U.S.-European relations']],
    ['The ministers discussed the role of Latvian and Peruvian companies.', ['the role of Latvian and Peruvian companies']],
    // an adjective by its ending, then a noun and a relation head the two share
    ['They met to discuss deepening the economic and security partnership between Peru and Chile.', ['deepening the economic and security partnership between Peru and Chile']],
    // modifiers in a comma list that share the last item's noun: a noun first ("security"), or a word with an
    // adjective's ending before an item that opens on an adjective
    ['They discussed additional security, economic, and humanitarian assistance.', ['additional security, economic, and humanitarian assistance']],
    ['They discussed security, economic, and humanitarian assistance.', ['security, economic, and humanitarian assistance']],
    ['They discussed military, economic and humanitarian aid.', ['military, economic and humanitarian aid']],
    // (not three noun phrases, each with its own noun)
    ['They discussed regional stability, economic ties and humanitarian aid.', ['regional stability', 'economic ties', 'humanitarian aid']],
    // adjectives sharing a head, one of which the tagger alone reads as a noun ("humanitarian")
    ['They reviewed their efforts to provide economic, humanitarian, and security assistance to the region.', ['their efforts to provide economic, humanitarian, and security assistance to the region']],
    // a lone noun after "of" as the first of modifiers sharing a head; not a phrase of its own before a noun phrase
    ['The leaders met in Oslo to advance cooperation on a range of security, economic, and regional issues.', ['security, economic, and regional issues']],
    ['They discussed the future of fisheries, regional security and the ferry.', ['the future of fisheries', 'regional security', 'the ferry']],
    // "military" (a noun to the tagger alone) before "and" and an adjective shares the head
    ['They discussed the increasing military and economic cooperation between the two neighbours.', ['the increasing military and economic cooperation between the two neighbours']],
    // two gerunds of one "of" are one topic (not "the importance of promoting coexistence" and "weakening extremists")
    ['They discussed the importance of promoting coexistence and weakening extremists who promote hatred.', ['the importance of promoting coexistence and weakening extremists']],
    ['They discussed the ferry timetable and fishing rights.', ['the ferry timetable', 'fishing rights']],
    // Adjectives in a comma list share the last item's head: after a quantifier, or ending a longer first item.
    ['The premiers had a discussion on various bilateral, regional and international issues.', ['various bilateral, regional and international issues']],
    ['The envoys discussed the importance of ensuring a strong, stable, and competitive fishing industry.', ['the importance of ensuring a strong, stable, and competitive fishing industry']],
    ['The envoys discussed fishing quotas, regional security and port fees.', ['fishing quotas', 'regional security', 'port fees']],
    // after "a range of", or an article and adjectives ("a broad bilateral, …"); and when an "including" tail replaces
    // the category, its adjectives stay with it (no lone "bilateral"), and a category of issues named by its kind stays
    ['The premiers discussed a range of bilateral, regional and global issues.', ['bilateral, regional and global issues']],
    ['The envoys held extensive discussions on a broad bilateral, regional and global agenda.', ['a broad bilateral, regional and global agenda']],
    ['The premiers had a discussion on a range of bilateral, regional, and global issues, including port fees and fishing quotas.', ['bilateral, regional, and global issues', 'port fees', 'fishing quotas']],
    ['The envoys discussed plans to keep the coast guard strong, fishing quotas and port fees.', ['plans to keep the coast guard strong', 'fishing quotas', 'port fees']],
    // The subject's next act, after a comma, ends the list; a gerund topic in the list does not.
    ['The two further discussed the fishing accord with Norway, pledging to strengthen their engagements.', ['the fishing accord with Norway']],
    ['The premiers had a discussion on port fees, reaffirming their desire to revive the ferry.', ['port fees']],
    ['The envoys discussed port fees, combating piracy and rail freight.', ['port fees', 'combating piracy', 'rail freight']],
    // An adjective ending the first item shares the head of the next one that opens on an adjective; a noun read as an
    // adjective alone ("pandemic") does not pull in the next topic.
    ['The ministers met to discuss bilateral strategic, economic and security cooperation, the flu pandemic, peace in the north and port fees.',
      ['bilateral strategic, economic and security cooperation', 'the flu pandemic', 'peace in the north', 'port fees']],
    // A list the sentence before named only as areas of cooperation: "They included …" (not people or events after
    // "several key issues").
    ['Talks\n\nThe premier said he and Ruiz discussed several “areas of cooperation.”\n\nThey included “port fees, rail freight and wind power.”',
      ['several areas of cooperation', 'port fees', 'rail freight', 'wind power']],
    ['Talks\n\nThe premier met Ruiz to discuss trade.\n\nThey included the ministers of fisheries and energy.', ['trade']],
    ['Talks\n\nThe two delegations discussed several key issues.\n\nThey included Finance Minister Ashni Jagdeo and Foreign Minister Hugh Todd.', []],
    ['Talks\n\nThey discussed various regional issues. They included a ministerial luncheon, a tour of the city and a press conference.', []],
    // A series separated by semicolons, the last after "; and": split at the semicolons only.
    ['The areas of cooperation discussed with Ruiz include port fees and ferry times; rail freight, especially to the north; energy; and wind power.',
      ['port fees and ferry times', 'rail freight, especially to the north', 'energy', 'wind power']],
    ['The ministers discussed port fees; the talks ran late.', ['port fees']],
    ['The ministers discussed port fees and rail freight; they also visited the harbour; and then they left.', ['port fees', 'rail freight']],
    // A review's near misses: a first item that ends on an adjective but has a noun in it, a gerund or adjective that is
    // part of a topic, a name that opens on "Via", a semicolon list of clauses after "discussed".
    ['They discussed keeping the Strait of Hormuz open, regional stability and oil prices.', ['keeping the Strait of Hormuz open', 'regional stability', 'oil prices']],
    ['They discussed the recovery from the pandemic, regional integration and energy.', ['the recovery from the pandemic', 'regional integration', 'energy']],
    ['They discussed trade, investment, and promising sectors such as green hydrogen.', ['trade', 'investment', 'green hydrogen']],
    ['They discussed border management, welcoming refugees, and the return of displaced people.', ['border management', 'welcoming refugees', 'the return of displaced people']],
    ['They discussed Via Baltica, Rail Baltica and port cooperation.', ['Via Baltica', 'Rail Baltica', 'port cooperation']],
    ['They discussed the Lake Victoria ferry; on Tuesday the delegation tours Mombasa; and on Wednesday, Kisumu.', ['the Lake Victoria ferry']],
    // How, not what: a means after the topics is none.
    ['The meeting touched on ways of boosting fishing ties, through the Joint Business Council, and port fees.', ['ways of boosting fishing ties', 'port fees']],
    // A head noun and a preposition whose object is a list: one topic.
    ['The ministers discussed cooperation in mining, forestry and water management.', ['cooperation in mining, forestry and water management']],
    ['The sides discussed investment in ports, railways and logistics, as well as visa rules.',
      ['investment in ports, railways and logistics', 'visa rules']],
    // Two adjectives before a shared noun are not split.
    ['The envoys exchanged views on other bilateral and multilateral matters.', ['other bilateral and multilateral matters']],
    ['They discussed fishing quotas and the wider political and economic situation in the region.',
      ['fishing quotas', 'the wider political and economic situation in the region']],
    ['The premiers discussed tariffs, several cultural and academic exchanges and tourism.',
      ['tariffs', 'several cultural and academic exchanges', 'tourism']],
    // Two nouns before a shared head noun stay one.
    ['The two sides discussed bilateral fisheries and shipping cooperation.', ['bilateral fisheries and shipping cooperation']],
    // But a list with its own determiners still splits.
    ['They discussed cooperation in energy, the war in the north and the refugee camps.',
      ['cooperation in energy', 'the war in the north', 'the refugee camps']],
    // The list ends where the quotation it stands in closes, and before a participle phrase after its last item.
    ['“The Prime Minister and the President discussed trade, energy and fisheries,” the statement read.', ['trade', 'energy', 'fisheries']],
    ['The leaders discussed trade, energy and fisheries, building on last month’s productive meeting at the summit.', ['trade', 'energy', 'fisheries']],
    ['The leaders discussed trade, fishing in the Pacific and energy.', ['trade', 'fishing in the Pacific', 'energy']],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

describe('findAgenda: items are noun phrases, "including" gives examples', () => {
  it.each([
    // names listed after "including" stay with their item, however many ("China, Iran, and Russia")
    ['The leaders discussed shared foreign policy priorities, including China, Iran, and Russia.', ['shared foreign policy priorities, including China, Iran, and Russia']],
    // priorities, concerns and challenges are categories too: their examples are the topics
    ['They also discussed other shared priorities, including energy security and climate change.', ['energy security', 'climate change']],
    ['The envoys discussed common concerns, including port fees and fishing quotas.', ['port fees', 'fishing quotas']],
    // (a category whose examples are no topics stays the topic: a pronoun, a preposition's phrase, who)
    ['They discussed global challenges, including those posed by Dravia.', ['global challenges']],
    ['They discussed economic challenges, including in the shipbuilding sector.', ['economic challenges']],
    ['They discussed shared security concerns, including with partners such as Korea.', ['shared security concerns']],
    // Cue words inside a clause of a quotation: pronouns, adverbs and "as" clauses are not topics.
    ['“We have differences, and we will discuss them openly, as partners do,” the minister said.', []],
    ['“We discussed it frankly, as neighbours should,” the premier said of the dam.', []],
    ['The sides discussed it at length and addressed them again later.', []],
    // A new subject and verb after ", and" end the list.
    ['The Secretary and the Minister discussed continued support for Moldova, and the Secretary underscored the value of the alliance.',
      ['continued support for Moldova']],
    ['The ministers discussed port fees and rail links, and both sides agreed to meet again.', ['port fees', 'rail links']],
    // The head item stays, and its "including" examples are topics too (real readers list both: "ways to deepen the
    // relationship, including our support for X").
    ['The sides discussed energy projects, including the construction of a new refinery and a gas pipeline.', ['energy projects', 'the construction of a new refinery', 'a gas pipeline']],
    ['The premiers discussed rail links, including the new freight corridor, and on tourism.', ['rail links', 'the new freight corridor', 'tourism']],
    // ... unless the head is only a category: then the examples are the topics.
    ['The ministers discussed a range of issues, including fishing quotas and the dam project.', ['fishing quotas', 'the dam project']],
    ['They discussed issues of regional trade, including the removal of customs barriers.', ['the removal of customs barriers']],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

describe('findAgenda: topics not introduced by "discuss"', () => {
  it.each([
    ['Issues of expanding rail freight, implementing the water accord, and preparing the spring summit were discussed.',
      ['expanding rail freight', 'implementing the water accord', 'preparing the spring summit']],
    ['Matters of widening port access and easing visa rules were also addressed during the talks.',
      ['widening port access', 'easing visa rules']],
    ['The ministers held talks that also covered fishing rights and the border fence.', ['fishing rights', 'the border fence']],
    ['The discussions also touched on grain exports.', ['grain exports']],
    // The word that singles an item out is no part of it.
    ['The presidents discussed the region and Venezuela “in particular.”', ['the region', 'Venezuela']],
    ['The presidents discussed the region, Venezuela in particular, and trade.', ['the region', 'Venezuela', 'trade']],
    ['The two leaders spoke broadly about Latin America and on “Venezuela in particular” in the five-minute-long call.', ['Latin America', 'Venezuela']],
    // Nor are the words that close a list.
    ['The two leaders discussed energy, trade, and defence cooperation among others.', ['energy', 'trade', 'defence cooperation']],
    ['The ministers discussed fishing rights, port fees, etc.', ['fishing rights', 'port fees']],
    ['The talks focused on the rights of migrants, refugees and others.', ['the rights of migrants, refugees and others']],
    ['They face common challenges that can be addressed through joint efforts.', []],
    ['Views were exchanged on grain exports and port fees, a press release said.', ['grain exports', 'port fees']],
    ['The meeting focused on border issues and how the two countries could improve their relations until a permanent solution is reached.',
      ['border issues', 'how the two countries could improve their relations until a permanent solution is reached']],
    // A participle phrase after the talks, a speech verb before a passive, a participle before its noun.
    ['Prime Minister Ruiz on Saturday held extensive talks with his Chilean counterpart, covering various facets of neighbourly ties.', ['various facets of neighbourly ties']],
    ['The minister said the boundary issue between the two countries was discussed.', ['the boundary issue between the two countries']],
    ['The presidents discussed trade as well as the implementation of previously reached agreements.', ['trade', 'the implementation of previously reached agreements']],
    ['Ruiz said he spoke to Lind about the importance of the fishing accord.', ['the importance of the fishing accord']],
    // ("considered" ends a list but opens none: it often takes an object and its complement)
    ['They also reviewed cooperation at international platforms and considered the schedule of upcoming bilateral meetings.', ['cooperation at international platforms']],
    ['Brenner said Berlin considered the legal question of reparations closed.', []],
    // Not what another occasion agreed, nor a verb with an object complement.
    ['The meeting came after Lima and Santiago agreed on a four-point accord to improve their relationship.', []],
    ['He said Peru considered Chile an important partner in the region.', []],
    // Near misses of this round's list ends (a review found each).
    ['They discussed trade, education and the situation at Zaporizhzhia nuclear plant.', ['trade', 'education', 'the situation at Zaporizhzhia nuclear plant']],
    ['The talks, which came after months of tension, focused on safety at the plant and the exchange of prisoners.', ['safety at the plant', 'the exchange of prisoners']],
    // (a pair before the list's own "and" is one topic, as the git-archive readers keep "trade and investment, …")
    ['They discussed defence and trade, fishing in the Atlantic and migration.', ['defence and trade', 'fishing in the Atlantic', 'migration']],
    ['Their visit reaffirmed the Vuvale Partnership, a family-like alliance focused on regional unity and shared prosperity.', []],
    ['They spoke on Wednesday, a discussion the president said focused on two concerns: fentanyl and immigration.', ['fentanyl and immigration']],
    ['The two leaders met days after meeting on December 1 in Dubai, where they agreed on the need to exchange visits.', []],
    ['The two ministers met on Monday, days after talks on 16 May in Geneva.', []],
    // A passive with its agent: the topics stand before the verb, "by …" is who discussed them.
    ['Rail freight and port fees were also discussed by the two leaders.', ['Rail freight', 'port fees']],
    // "X were the focus of talks": the topic stands before its cue.
    ['Joint efforts against the drought were the focus of talks between the Chancellor and the President in Linden.', ['Joint efforts against the drought']],
    // A venue by its name ends the list, with whatever describes it.
    ['The Chancellor welcomed the President to exchange views on grain exports at Schloss Linden, the government’s official guest house.', ['grain exports']],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

describe('findAgenda: verb phrases told from topics by word lists', () => {
  it.each([
    // Noun endings decide without tagging.
    ['The envoys discussed security of the border region and preparations for the autumn summit.',
      ['security of the border region', 'preparations for the autumn summit']],
    ['The ministers discussed countering smuggling networks.', ['countering smuggling networks']],
    // A listed base verb with an object is a clause piece, not a topic.
    ['The two mayors discussed river pollution and agreed to strengthen the ferry service.', ['river pollution']],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

describe('findAgenda: lists split where their noun phrases end', () => {
  it.each([
    // Two modifiers sharing one head: one item, "rail" is not dropped.
    ['The premiers discussed joint rail and energy projects.', ['joint rail and energy projects']],
    // Numbers of one label and its qualifying "on" phrase: one item.
    ['The ministers discussed chapters 12 and 13 on fisheries, forestry and rural policy.',
      ['chapters 12 and 13 on fisheries, forestry and rural policy']],
    ['The ministers discussed progress on clusters 2 and 3 on trade and customs and freedom, security and justice, as well as visa policy.',
      ['progress on clusters 2 and 3 on trade and customs and freedom, security and justice', 'visa policy']],
    ['The council reviewed chapters 5 and 6 on fisheries and rural policy and the opening of cluster 3.',
      ['chapters 5 and 6 on fisheries and rural policy', 'the opening of cluster 3']],
    // Two full noun phrases, each with its own determiner: two items.
    ['The envoys discussed the situation in Mali and the Gabon border mission.', ['the situation in Mali', 'the Gabon border mission']],
    ['The envoys discussed the situation in Ukraine and the Middle East.', ['the situation in Ukraine and the Middle East']],
    // A comma inside quotation marks does not end the list.
    ['The governors discussed the “copper belt,” as well as dairy tariffs and the ferry.', ['the copper belt', 'dairy tariffs', 'the ferry']],
    // A long first item does not cut the list short.
    ['The envoys discussed the long-delayed reconstruction of the northern highway between the two provincial capitals and the river ports of the delta, grain storage and wool prices.',
      ['the long-delayed reconstruction of the northern highway between the two provincial capitals', 'the river ports of the delta', 'grain storage', 'wool prices']],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

describe('findAgenda: quoted commas, shared heads in longer lists, relative clauses', () => {
  it.each([
    ['The two sides discussed the harbour and tourism.', ['the harbour', 'tourism']],
    ['They discussed the "salt corridor," joint road and port projects and the situation in Chad and the Niger river mission.',
      ['the salt corridor', 'joint road and port projects', 'the situation in Chad', 'the Niger river mission']],
    ['The leaders discussed dairy, timber, the bitter dispute over grazing rights that has strained ties since 1998, and tourism.',
      ['dairy', 'timber', 'the bitter dispute over grazing rights', 'tourism']],
    // A relative clause followed by a new clause is not a list.
    ['The leaders discussed dairy, which has grown fast, and agreed to meet again.', ['dairy']],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

describe('findAgenda: an aside between commas inside a topic; a participle after a possessive', () => {
  it.each([
    ['The premiers discussed their response, in close coordination with their neighbours, to the drought in the north.',
      ['their response, in close coordination with their neighbours, to the drought in the north']],
    ['The envoys discussed Kenyan support for a joint effort, with our allies and partners, to train coast guard crews.',
      ['Kenyan support for a joint effort, with our allies and partners, to train coast guard crews']],
    // (no aside: what follows the second comma is a topic of its own)
    ['The premiers discussed water quotas, together with the mayors, and ferry fares.', ['water quotas', 'together with the mayors', 'ferry fares']],
    ['The governors discussed Norway’s unprovoked tariff increase.', ['Norway’s unprovoked tariff increase']],
    // an infinitive with no object of its own shares the next one's; a second place is no topic of its own
    ['The governors discussed the duty to protect and restore the wetlands in Ostria and around the world.', ['the duty to protect and restore the wetlands in Ostria and around the world']],
    // (an aside of the means: "including through …")
    ['The governors discussed joint efforts, including through the river commission, to clean the lake.', ['joint efforts, including through the river commission, to clean the lake']],
    // a clause of "as" inside one gerund item of a list goes on to the item's comma; elsewhere it ends the list
    ['The governors discussed shared goals, including supporting the fishermen as they rebuild their fleet, clearing the harbour, and dredging the river.',
      ['shared goals', 'supporting the fishermen as they rebuild their fleet', 'clearing the harbour', 'dredging the river']],
    ['The governors discussed ferry fares as they stand, promising to meet again.', ['ferry fares']],
    // a first item ending on an adjective, then two lone words or more: modifiers of the last item's noun
    ['The governors discussed our shared economic, water, energy, and ferry management goals.', ['our shared economic, water, energy, and ferry management goals']],
    ['The governors discussed the COVID-19 pandemic, migration, and food insecurity.', ['the COVID-19 pandemic', 'migration', 'food insecurity']],
    ['The governors discussed keeping the border open, trade, energy, and food security.', ['keeping the border open', 'trade', 'energy', 'food security']],
    // "as" and a bare plural is a role, no topic
    ['The governors had a discussion about their common challenges and opportunities as neighbors, partners, and friends.', ['their common challenges and opportunities']],
    // the subject's next verb after a comma ends the list; a verb and particle joined by a hyphen are a noun
    ['The governors discussed efforts in response to the continued build-up of silt, reaffirmed their support for the fishermen, and reiterated their pledge.',
      ['efforts in response to the continued build-up of silt']],
    ['The governors discussed the importance of working together, alongside other regions, on wind power.', ['the importance of working together, alongside other regions, on wind power']],
    // (an abbreviation's full stops are part of a name joined by "and"; a verb after "to" in a noun phrase is an
    // infinitive)
    ['The governors discussed U.S. and Canadian efforts to clean the lake.', ['U.S. and Canadian efforts to clean the lake']],
    ['The governors discussed the continued readiness of the U.S. and Canada to engage in dialogue on the lake.', ['the continued readiness of the U.S. and Canada to engage in dialogue on the lake']],
    ['The governors discussed the island’s increasingly crowded harbour.', ['the island’s increasingly crowded harbour']],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

describe('findAgenda: examples of a head that ends on a category', () => {
  it.each([
    ['The leaders discussed opportunities to expand cooperation on various issues, including wool prices, ferry fares, and port fees.',
      ['opportunities to expand cooperation on various issues', 'wool prices', 'ferry fares', 'port fees']],
    // (a modifier before the category noun: "key", "transnational")
    ['The envoys discussed opportunities for closer collaboration in key domains, including wool prices and port fees.',
      ['opportunities for closer collaboration in key domains', 'wool prices', 'port fees']],
    ['The envoys discussed their cooperation on transnational issues, including piracy and smuggling.',
      ['their cooperation on transnational issues', 'piracy and smuggling']],
    // (who, not what: "including with partners such as …", "including Deputy Secretary Mills and …")
    ['The envoys discussed the alliance and cooperation on transnational issues, including Deputy Secretary Mills and Vice Minister Ono.',
      ['the alliance', 'cooperation on transnational issues']],
    ['The envoys discussed expanding collaboration in key domains, including with partners such as Korea and Australia.',
      ['expanding collaboration in key domains']],
    // (an example that is a preposition's phrase or a part of the talks themselves is no topic)
    ['They discussed sanctions, including against Dravian banks.', ['sanctions']],
    ['They held talks on trade, including a working lunch at the palace.', ['trade']],
    ['The talks covered trade, including two hours of one-on-one discussions.', ['trade']],
    // A head that is a topic in itself, and its example.
    ['The ministers discussed energy projects, including a new refinery.', ['energy projects', 'a new refinery']],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

describe('findAgenda: a past form with a particle is a verb phrase, a participle before a noun is a topic', () => {
  it.each([
    ['The Prime Minister and the President briefly discussed Brexit and looked forward to UNGA next week.', ['Brexit']],
    ['The ministers discussed increased trade, united efforts and improved ties.', ['increased trade', 'united efforts', 'improved ties']],
    // a participle after "of" and a bare comma is the first of two modifiers of one noun; a name after a modifier
    // modifies the noun after it ("strong EU support for X" is no clause of "EU")
    ['They discussed the importance of continued, strong EU support for Ruritania in its defense against aggression.', ['the importance of continued, strong EU support for Ruritania in its defense against aggression']],
    ['They discussed the need for continued close coordination.', ['the need for continued close coordination']],
    ['They discussed the need for more coordinated regional efforts.', ['the need for more coordinated regional efforts']],
    // (a noun made from a participle still ends its item at the comma; a clause after a subordinator or an adverb of
    // time is no topic)
    ['The leaders discussed medical care for the wounded, energy security and the grain corridor.', ['medical care for the wounded', 'energy security', 'the grain corridor']],
    ['They discussed the proposed deal as the Kremlin pushes for sanctions relief.', []],
    ['They discussed the sanctions imposed on the port as the Harbour Board insists.', []],
    ['They discussed energy, and the EU Commission president recently unveiled ambitious plans.', ['energy']],
    // a speaker's restart, the same word on both sides of a dash, does not end the list; another dash does
    ['And today we will focus on some — some questions like ferry fees, frozen funds and rail safety.', ['ferry fees', 'frozen funds', 'rail safety']],
    ['We discussed the — the ferry timetable and water quotas.', ['the ferry timetable', 'water quotas']],
    ['They discussed trade — trade is the backbone of our ties.', ['trade']],
    ['We discussed the harbour, the — the ferry timetable and water quotas.', ['the harbour', 'the ferry timetable', 'water quotas']],
    // (a count with a vague noun is no topic; "main" before a topic of its own kind is no count)
    ['The two leaders discussed the main bilateral issues and the situation on the border.', ['the main bilateral issues', 'the situation on the border']],
    // (a participle after a degree word after an adverb of the clause is a verb: "as the EU further tightened …")
    ['They discussed the ferry strike as the Harbour Board further tightened new rules on the quay.', []],
    // (a full stop with its space missing still ends the sentence)
    ['They discussed our support for the Harbour Outlook on the Baltic.They also discussed regional issues.', ['our support for the Harbour Outlook on the Baltic', 'regional issues']],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

describe('findAgenda: a list inside a prepositional object stays with its head', () => {
  it.each([
    // A long head before the preposition, and a noun phrase before it that "and also" separates.
    ['The ministers will focus on the energy dialogue and also the working group with respect to innovation, science, health and education.',
      ['the energy dialogue', 'the working group with respect to innovation, science, health and education']],
    // Two infinitives of one "to", then the list of the second one's object.
    ['The two leaders discussed measures to increase trade turnover and accelerate the implementation of joint projects in industry, transport, energy, and infrastructure.',
      ['measures to increase trade turnover and accelerate the implementation of joint projects in industry, transport, energy, and infrastructure']],
    // "and" between two bare objects of one preposition.
    ['The leaders discussed the importance of trade and jobs.', ['the importance of trade and jobs']],
    // Two adjectives before a shared noun after a preposition.
    ['The ministers discussed working closely on a range of global and regional issues.', ['working closely on a range of global and regional issues']],
    // What comes before the list's noun phrase stays a topic of its own.
    ['The discussion also focused on efforts to attract investors and new cooperation in the fields of trade, education, defence and tourism.',
      ['efforts to attract investors', 'new cooperation in the fields of trade, education, defence and tourism']],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

describe('findAgenda: where a prepositional object ends and the list goes on', () => {
  it.each([
    // A long head keeps only a list of one-word nouns.
    ['The two ministers discussed the implementation of the agreement on trade, regional security and climate change.',
      ['the implementation of the agreement on trade', 'regional security', 'climate change']],
    // A noun, then a compound of its own after "and".
    ['The ministers discussed the non-proliferation of weapons and arms control.', ['the non-proliferation of weapons', 'arms control']],
    ['They discussed the supply of fentanyl and human rights.', ['the supply of fentanyl', 'human rights']],
    // A noun with its preposition after "and" is no second verb of "to".
    ['They discussed a plan to extend the grain deal and support for refugees.', ['a plan to extend the grain deal']],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

describe('findAgenda: a question or a means discussed is one topic', () => {
  it.each([
    ['The two leaders discussed how to bring peace and stability to the region.', ['how to bring peace and stability to the region']],
    ['The two leaders discussed ways of bringing peace and stability to the Horn of Africa.', ['ways of bringing peace and stability to the Horn of Africa']],
    ['The ministers discussed trade, how to expand investment and tourism.', ['trade', 'how to expand investment and tourism']],
    ['The prime ministers met in Lisbon on Tuesday to explore ways to help Ruritania defend its borders amid the invasion.', ['ways to help Ruritania defend its borders']],
    // Not every "explore": a platform to explore avenues names no topic of a meeting.
    ['He said the forum provided a platform to explore new avenues of collaboration.', []],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

describe('findAgenda: "conferred on"', () => {
  it('names the topic', () => {
    expect(topics('At the discussion, the leaders conferred on ways of bringing peace and stability in the Horn of Africa.')).toEqual(['ways of bringing peace and stability in the Horn of Africa']);
  });
});

describe('findAgenda: a means discussed still ends where a topic of its own begins', () => {
  it.each([
    ['The ministers discussed ways to raise bilateral trade to $150 billion by 2030 and the situation on the Korean Peninsula.',
      ['ways to raise bilateral trade to $150 billion by 2030', 'the situation on the Korean Peninsula']],
    ['The king held talks on ways of cementing ties and political developments in Egypt and the region.',
      ['ways of cementing ties and political developments in Egypt and the region']],
  ])('%s', (text, expected) => {
    expect(topics(text)).toEqual(expected);
  });
});

describe('findAgenda: a participle of saying ends the list', () => {
  it.each([
    ['The two leaders discussed the history between the two countries, saying it was a partnership.', ['the history between the two countries']],
    ['Albanese raised his plan for visas, adding that 60,000 had applied.', ['his plan for visas']],
    // (a gerund that is no verb of saying stays an item, and one of saying with a bare object too: "stating goals")
    ['They discussed trade, the sharing of intelligence, stating goals and floods.', ['trade', 'the sharing of intelligence, stating goals and floods']],
    ['They discussed trade, investment, combating terrorism and energy.', ['trade', 'investment', 'combating terrorism', 'energy']],
  ])('%s', (text, expected) => {
    expect(topics(`Talks\n\n${text}`)).toEqual(expected);
  });
});

describe('findAgenda: a possessive is no subject, and "as shown by …" is a comment on the topic', () => {
  it.each([
    // "and our shared …": a determiner before "shared" makes it an adjective, not a new clause's verb
    ['The leaders met to discuss the rail link and our shared commitment to democracy.', ['the rail link', 'our shared commitment to democracy']],
    ['The leaders discussed grain storage, and the governor shared his plans for the port.', ['grain storage']],
    // a reduced clause of comment ("as exemplified by", "as reflected in") ends the topic
    ['They discussed the deepening cooperation between the two ports as exemplified by the new ferry agreement.', ['the deepening cooperation between the two ports']],
    ['They discussed the growing trade between the two regions, as reflected in last year’s figures.', ['the growing trade between the two regions']],
  ])('%s', (text, expected) => {
    expect(topics(`Talks\n\n${text}`)).toEqual(expected);
  });
});

describe('findAgenda: a meeting held to review, and words that name no topic', () => {
  it.each([
    ['Today, Secretary Ana Ruiz held a productive meeting with the Latvian delegation to review the latest draft agreements under discussion.', ['the latest draft agreements under discussion']],
    // (a plan of others to review, after the meeting's own words, is no topic of the meeting)
    ['President Ana Ruiz met Prime Minister Juris Ozols at the palace on Monday to discuss trade, energy, mining, fisheries and border security, and later told aides to review the water code.', ['trade', 'energy', 'mining', 'fisheries and border security']],
    // (a plan or a decision to review is no topic discussed)
    ['The two ministers agreed to meet again in Riga in September to review progress.', []],
    ['Latvia and Estonia have agreed to review port fees charged on transit cargo.', []],
    // a speaker's "we discussed this as well", "we talked about it now", "discussed a little bit": no topic
    ['We discussed this as well.', []],
    ['We talked about it now.', []],
    ['We’ve discussed a little bit.', []],
    // (a demonstrative before a noun is still a topic's)
    ['The ministers discussed this issue as well.', ['this issue as well']],
  ])('%s', (text, expected) => {
    expect(topics(`Talks\n\n${text}`)).toEqual(expected);
  });
});

describe('findAgenda: a link is no topic', () => {
  it.each([
    'The leaders discussed supply chains, including through the work of [the Supply Chain Working Group](https://example.gov/uploads/2022/06/SUPPLY-CHAINS-REPORT.pdf).',
    'The leaders discussed joint efforts on supply chains (https://example.gov/uploads/2022/06/REPORT.pdf) and critical minerals.',
    'The leaders discussed the report at www.example.gov/report and critical minerals.',
  ])('%s', (text) => {
    expect(topics(`Talks\n\n${text}`).filter((t) => /\/\/|https?:|www\./.test(t))).toEqual([]);
  });
});

describe('findAgenda: what the review of this session found', () => {
  it.each([
    // coordinated adjectives before one head stay whole
    ['The leaders discussed semiconductor supply chains and our shared commitment to a free and open Indo-Pacific.', ['semiconductor supply chains', 'our shared commitment to a free and open Indo-Pacific']],
    // a comment ends its own topic, not the list
    ['The leaders discussed Europe’s competitiveness as reflected in the Draghi report and migration.', ['Europe’s competitiveness', 'migration']],
    ['The leaders discussed the strength of bilateral trade, as reflected in record exports last year, and cooperation on migration.', ['the strength of bilateral trade', 'cooperation on migration']],
    ['They discussed the growing economic ties, as exemplified by Swedish investment in Japanese batteries, and the situation in the East China Sea.', ['the growing economic ties', 'the situation in the East China Sea']],
    // a subject of two people ends the list
    ['The leaders discussed energy and President Ionescu and Prime Minister Marchenko expressed their confidence that the line would be finished.', ['energy']],
  ])('%s', (text, expected) => {
    expect(topics(`Talks\n\n${text}`)).toEqual(expected);
  });
});

describe('findAgenda: a series after a colon, and an adjective pair that opens on a quantifier word', () => {
  it.each([
    ['Participants reviewed progress on the previous year’s four priority areas: drug trafficking routes and methods; current and emerging synthetic drugs; illicit financial flows related to drug trafficking; and firearms trafficking.',
      ['drug trafficking routes and methods', 'current and emerging synthetic drugs', 'illicit financial flows related to drug trafficking', 'firearms trafficking']],
    ['They discussed current and future threats.', ['current and future threats']],
    // (still no series after a plain verb: "the ferry; on Tuesday the delegation tours …; and …")
    ['They discussed the ferry; on Tuesday the delegation tours Mombasa; and the minister flies home.', ['the ferry']],
  ])('%s', (text, expected) => {
    expect(topics(`Talks\n\n${text}`)).toEqual(expected);
  });
});

describe('findAgenda: examples that name people, and adjectives before an infinitive', () => {
  it.each([
    // the people a topic concerns, after "including", are no topics of their own
    ['The governors discussed efforts to free the fishermen held by the coastguard, including many teenagers and a number of Canadians.',
      ['efforts to free the fishermen held by the coastguard']],
    ['The governors discussed ferry safety, including life jackets and the harbour lights.', ['ferry safety', 'life jackets', 'the harbour lights']],
    // two gerunds of one "of", the first with no object of its own
    ['The governors discussed the importance of strengthening and expanding the ferry service.', ['the importance of strengthening and expanding the ferry service']],
    // (a time adverb between commas is no topic)
    ['I am very happy to be here with you to discuss these matters and, later, to be able to address your friends.', []],
    // (a topic about people is a topic: only a bare noun phrase for people is no example topic)
    ['The governors discussed ferry safety, including the wrongful detention of Canadians.', ['ferry safety', 'the wrongful detention of Canadians']],
    ['The governors discussed the release of the crew, including many children and women.', ['the release of the crew']],
    // ("later" before a noun is a modifier, not the time adverb)
    ['The governors discussed later stages of the ferry project.', ['later stages of the ferry project']],
    // an adjective the tagger reads as a noun shares the head with the adjective before "and"
    ['The governors discussed the significant military and humanitarian aid to the islands.', ['the significant military and humanitarian aid to the islands']],
    // an adjective before the head: "to reopen" is still the head's infinitive, not a clause's verb
    ['The mayors discussed new ways to fund the ferry.', ['new ways to fund the ferry']],
    ['The mayors discussed ongoing efforts to secure the release of the crew held by the port authority.', ['ongoing efforts to secure the release of the crew held by the port authority']],
  ])('%s', (text, expected) => {
    expect(topics(`Talks\n\n${text}`)).toEqual(expected);
  });
});

describe('findAgenda: where a topic ends before a verb or a purpose clause', () => {
  it.each([
    // a second predicate of the subject: a past tense before a determiner is a verb
    ['The two mayors discussed the legal, financial, and practical aspects of Mayor Lund’s plan and tasked their teams to engage in consultations regarding next steps.',
      ['the legal, financial, and practical aspects of Mayor Lund’s plan']],
    ['The mayors discussed ferry safety and condemned the attack on the harbour.', ['ferry safety']],
    // (a participle before a noun with no determiner is still a modifier)
    ['The mayors discussed ferry safety and related issues.', ['ferry safety', 'related issues']],
    // a purpose clause that holds a clause of its own ends the topic before its "to"
    ['The mayors discussed the path forward in their joint response to ensure the island has what it needs.',
      ['the path forward in their joint response']],
    ['The mayors discussed new timetables for the harbour in an effort to ensure ferries are running on time.',
      ['new timetables for the harbour']],
    // (an infinitive with no clause after it stays in the topic)
    ['The mayors discussed new ways to fund the ferry.', ['new ways to fund the ferry']],
    // a bracket's commas separate nothing, and a bracket that lists members is no part of the topic
    ['The mayors discussed ways to expand the ferry pact including through the Harbour Four (Aran, Birk, Cole, and Dunmore) and the Coast Forum, under which the ports last year held their largest fair.',
      ['ways to expand the ferry pact']],
    ['The mayors discussed the Harbour Four (Aran, Birk, Cole, Dunmore) and the ferry tender.', ['the Harbour Four', 'the ferry tender']],
    // (an acronym in brackets stays)
    ['The mayors discussed the Coastal Ferry Compact (CFC) and fares.', ['the Coastal Ferry Compact (CFC)', 'fares']],
    // "the coming" is a time only before a span of days or weeks
    ['The mayors discussed the coming ferry tender.', ['the coming ferry tender']],
    ['The mayors will talk over the coming weeks.', []],
  ])('%s', (text, expected) => {
    expect(topics(`Talks\n\n${text}`)).toEqual(expected);
  });
});

describe('findAgenda: a listener named between the cue and its topics', () => {
  it.each([
    ['The minister discussed with his Ostrian counterpart the situation in the bay.', ['the situation in the bay']],
    ['Minister Brand discussed with Rojo the ferry tender and fares.', ['the ferry tender and fares']],
    ['They discussed with President Ruiz the crisis on the border.', ['the crisis on the border']],
    ['I discussed with the President his recent visit to the islands.', ['his recent visit to the islands']],
    ['They discussed with Prime Minister Hale of Aruba and President Moreau the ferry link.', ['the ferry link']],
    // (a pronoun listener, as before; a manner is no listener)
    ['I discussed with you trade and energy.', ['trade and energy']],
    ['They discussed with interest the new proposal.', []],
  ])('%s', (text, expected) => {
    expect(topics(`Talks\n\n${text}`)).toEqual(expected);
  });
});

describe('findAgenda: modifiers after a possessive, and the objects one verb shares', () => {
  it.each([
    // a participle right after a possessive ends no topic: it modifies the next item's noun (compromise reads
    // "unprovoked" as a verb there), by "and" or by a comma
    ['They discussed coordination to impose costs for its unprovoked and unjustified seizure of the islands.', ['coordination to impose costs for its unprovoked and unjustified seizure of the islands']],
    ['They discussed Ostria’s unprovoked, unjustified further seizure of the islands and the region’s response.', ['Ostria’s unprovoked, unjustified further seizure of the islands', 'the region’s response']],
    // two bare objects of one verb: a policy verb's gerund that opens the item, or an infinitive inside it
    ['They discussed ensuring strong defense and deterrence in the north.', ['ensuring strong defense and deterrence in the north']],
    ['They discussed their efforts to provide security and humanitarian assistance to the islands.', ['their efforts to provide security and humanitarian assistance to the islands']],
    // an infinitive joined to another by "and" is one purpose of the head noun
    ['They discussed cooperation to prosecute smugglers and dismantle criminal networks.', ['cooperation to prosecute smugglers and dismantle criminal networks']],
    // "the first …" after a named item describes it, and a second question or means after "and" is a topic of its own
    ['They discussed the launch of the Lobito Partnership, the first joint initiative to build rail lines, including how the two will fund it and ways to involve private lenders.', ['the launch of the Lobito Partnership', 'ways to involve private lenders']],
    ['They discussed trade, the latest developments in the region, and energy.', ['trade', 'the latest developments in the region', 'energy']],
    // after a question, a policy verb's gerund after "and" opens a topic of its own (not a noun in -ing)
    ['They look forward to discussing how we can deepen our relationship and securing our supply chains.', ['our relationship', 'securing our supply chains']],
    // a question with a subject of its own names its topic as its verb's object, past a chain of verbs; no object, no topic
    ['They discussed how we can try to help stabilize Haiti.', ['Haiti']],
    ['The leaders discussed how the two countries can best cooperate to tackle the climate crisis.', ['the climate crisis']],
    ['They discussed how we can build reliable value chains on this continent for everything from minerals to chips.', ['reliable value chains']],
    ['They discussed how we can strengthen our supply chains and economic resilience.', ['our supply chains', 'economic resilience']],
    ['They discussed how the two sides have deepened trust over the years.', ['trust']],
    ['They discussed how we can work toward the common goals of a free and open Indo-Pacific.', ['the common goals of a free and open Indo-Pacific']],
    ['They discussed how we can keep delivering for working families.', ['working families']],
    // (a question cut short before its verb names its subject)
    ['They discussed how these investments in infrastructure — including a new loan — will help the region.', ['these investments in infrastructure']],
    ['They discussed how we make sure.', []],
    ['They discussed how things are unfolding in the region.', []],
    ['They discussed how to keep fishing and farming alive.', ['how to keep fishing and farming alive']],
    // a means with a clause of its own is one topic, its relative word and modal included
    ['They reviewed ways in which their three countries could enhance maritime cooperation.', ['ways in which their three countries could enhance maritime cooperation']],
    ['They discussed ways the two countries can expand police cooperation.', ['ways the two countries can expand police cooperation']],
    // (not a noun in -ing, a list's own "and", or a topic with its own determiner)
    ['They focused on physical integration, energy trade, mining investment and cooperation in the Arctic.', ['physical integration', 'energy trade', 'mining investment', 'cooperation in the Arctic']],

    ['They discussed ensuring fair trade and the crisis on the border.', ['ensuring fair trade', 'the crisis on the border']],
    ['They discussed port fees, ensuring fair trade and rail freight.', ['port fees', 'ensuring fair trade', 'rail freight']],
  ])('%s', (text, expected) => {
    expect(topics(`Talks\n\n${text}`)).toEqual(expected);
  });
});

// The git-archive readers keep "regional security and stability" whole 56 times in 60 where the pair's last half is one
// lower-case word and the "and" is not the list's own.
describe('findAgenda: a pair that ends on a lone noun is one topic', () => {
  it.each([
    ['The leaders discussed regional security and stability.', ['regional security and stability']],
    ['The ministers discussed cooperation to combat illicit drug manufacturing and trafficking.', ['cooperation to combat illicit drug manufacturing and trafficking']],
    ['They discussed the importance of upholding international rules and norms.', ['the importance of upholding international rules and norms']],
    ['They discussed racial equity and justice, trade and investment, and education and culture.', ['racial equity and justice', 'trade and investment', 'education and culture']],
    ['They discussed our common vision and values.', ['our common vision and values']],
    // (the list's own "and" still splits; so does a determiner's lone noun, a name, or a second noun phrase)
    ['They discussed trade, energy and culture.', ['trade', 'energy', 'culture']],
    ['They discussed border security, port fees and tourism.', ['border security', 'port fees', 'tourism']],
    ['They discussed the harbour and tourism.', ['the harbour', 'tourism']],
    ['They discussed the Draghi report and migration.', ['the Draghi report', 'migration']],
    ['They discussed energy security and climate change.', ['energy security', 'climate change']],
  ])('%s', (text, expected) => {
    expect(topics(`Talks\n\n${text}`)).toEqual(expected);
  });
});

describe('findAgenda: the day of the talks between the cue and its topics', () => {
  it.each([
    ['We will discuss today our shared commitment to global health.', ['our shared commitment to global health']],
    ['And we have much to discuss today on our ongoing support for Ukraine.', ['our ongoing support for Ukraine']],
    ['We will discuss this morning the situation in Gaza.', ['the situation in Gaza']],
    // (the day ends a clause, or opens one)
    ['The issues we discussed today are important.', []],
    ['They discussed today, and will meet again in May.', []],
  ])('%s', (text, expected) => {
    expect(topics(`Talks\n\n${text}`)).toEqual(expected);
  });
});

describe('findAgenda: nouns and modifiers that share one head; a relative clause with no relative word', () => {
  it.each([
    ['They met to discuss the close defense and security cooperation between our countries.', ['the close defense and security cooperation between our countries']],
    ['They discussed the impact of the war on global food and energy security.', ['the impact of the war on global food and energy security']],
    ['They discussed the global food and security challenges exacerbated by the conflict.', ['the global food and security challenges exacerbated by the conflict']],
    ['They discussed economic, security, and migration cooperation.', ['economic, security, and migration cooperation']],
    ['They discussed strengthening economic, security, and migration cooperation.', ['strengthening economic, security, and migration cooperation']],
    ['The two discussed the security, economic, and humanitarian assistance the United States is providing.', ['the security, economic, and humanitarian assistance']],
    ['They discussed the humanitarian assistance Japan has provided to Ukraine.', ['the humanitarian assistance']],
    // (a compound on the left, an adjective or a verb on the right, a gerund's complement, a bare head: two topics or none)
    ['They discussed clean energy supply chains and defense cooperation.', ['clean energy supply chains', 'defense cooperation']],
    ['They discussed trilateral maritime security and economic cooperation.', ['trilateral maritime security', 'economic cooperation']],
    ['They discussed industrial cooperation and food security.', ['industrial cooperation', 'food security']],
    ['They discussed regional security and energy supplies.', ['regional security', 'energy supplies']],
    ['They discussed keeping the border open, trade, energy, and food security.', ['keeping the border open', 'trade', 'energy', 'food security']],
    ['They discussed the assistance Japan has provided to Ukraine.', []],
  ])('%s', (text, expected) => {
    expect(topics(`Talks\n\n${text}`)).toEqual(expected);
  });
});
