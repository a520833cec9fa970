// Countries, their adjectives, other names and capitals: general knowledge as data.
// Used to tie people to countries ("Belarusian Foreign Minister"), to resolve descriptions
// ("the Russian minister") and by the place finder (capitals).

export interface Country {
  name: string;
  adjectives: string[];
  aliases: string[];
  capital: string | null;
}

// [name, adjectives, aliases, capital]
type Row = [string, string[], string[], string | null];

const ROWS: Row[] = [
  ['Afghanistan', ['Afghan'], ['Islamic Republic of Afghanistan'], 'Kabul'],
  ['Albania', ['Albanian'], ['Republic of Albania'], 'Tirana'],
  ['Algeria', ['Algerian'], [], 'Algiers'],
  ['Andorra', ['Andorran'], [], 'Andorra la Vella'],
  ['Angola', ['Angolan'], [], 'Luanda'],
  ['Antigua and Barbuda', ['Antiguan'], [], "Saint John's"],
  ['Argentina', ['Argentine', 'Argentinian', 'Argentinean'], ['Argentine Republic'], 'Buenos Aires'],
  ['Armenia', ['Armenian'], ['Republic of Armenia'], 'Yerevan'],
  ['Australia', ['Australian'], ['Commonwealth of Australia'], 'Canberra'],
  ['Austria', ['Austrian'], ['Republic of Austria'], 'Vienna'],
  ['Azerbaijan', ['Azerbaijani', 'Azeri'], ['Republic of Azerbaijan'], 'Baku'],
  ['Bahamas', ['Bahamian'], ['The Bahamas'], 'Nassau'],
  ['Bahrain', ['Bahraini'], ['Kingdom of Bahrain'], 'Manama'],
  ['Bangladesh', ['Bangladeshi'], [], 'Dhaka'],
  ['Barbados', ['Barbadian'], [], 'Bridgetown'],
  ['Belarus', ['Belarusian', 'Belarussian', 'Byelorussian'], ['Republic of Belarus'], 'Minsk'],
  ['Belgium', ['Belgian'], ['Kingdom of Belgium'], 'Brussels'],
  ['Belize', ['Belizean'], [], 'Belmopan'],
  ['Benin', ['Beninese'], [], 'Porto-Novo'],
  ['Bhutan', ['Bhutanese'], [], 'Thimphu'],
  ['Bolivia', ['Bolivian'], [], 'La Paz'],
  ['Bosnia and Herzegovina', ['Bosnian'], ['Bosnia', 'Bosnia-Herzegovina', 'BiH'], 'Sarajevo'],
  ['Botswana', ['Botswanan', 'Motswana'], [], 'Gaborone'],
  ['Brazil', ['Brazilian'], ['Federative Republic of Brazil'], 'Brasilia'],
  ['Brunei', ['Bruneian'], ['Brunei Darussalam'], 'Bandar Seri Begawan'],
  ['Bulgaria', ['Bulgarian'], ['Republic of Bulgaria'], 'Sofia'],
  ['Burkina Faso', ['Burkinabe'], [], 'Ouagadougou'],
  ['Burundi', ['Burundian'], [], 'Gitega'],
  ['Cabo Verde', ['Cape Verdean'], ['Cape Verde'], 'Praia'],
  ['Cambodia', ['Cambodian'], ['Kingdom of Cambodia'], 'Phnom Penh'],
  ['Cameroon', ['Cameroonian'], [], 'Yaounde'],
  ['Canada', ['Canadian'], [], 'Ottawa'],
  ['Central African Republic', ['Central African'], ['CAR'], 'Bangui'],
  ['Chad', ['Chadian'], [], "N'Djamena"],
  ['Chile', ['Chilean'], [], 'Santiago'],
  ['China', ['Chinese'], ["People's Republic of China", 'PRC'], 'Beijing'],
  ['Colombia', ['Colombian'], [], 'Bogota'],
  ['Comoros', ['Comoran', 'Comorian'], [], 'Moroni'],
  ['Congo', ['Congolese'], ['Republic of the Congo', 'Congo-Brazzaville'], 'Brazzaville'],
  ['Democratic Republic of the Congo', [], ['DR Congo', 'DRC', 'Congo-Kinshasa'], 'Kinshasa'],
  ['Costa Rica', ['Costa Rican'], [], 'San Jose'],
  ["Cote d'Ivoire", ['Ivorian'], ['Ivory Coast', "Côte d'Ivoire"], 'Yamoussoukro'],
  ['Croatia', ['Croatian', 'Croat'], ['Republic of Croatia'], 'Zagreb'],
  ['Cuba', ['Cuban'], ['Republic of Cuba'], 'Havana'],
  ['Cyprus', ['Cypriot'], ['Republic of Cyprus'], 'Nicosia'],
  ['Czech Republic', ['Czech'], ['Czechia'], 'Prague'],
  ['Denmark', ['Danish'], ['Kingdom of Denmark'], 'Copenhagen'],
  ['Djibouti', ['Djiboutian'], [], 'Djibouti'],
  ['Dominica', ['Dominican'], [], 'Roseau'],
  ['Dominican Republic', [], [], 'Santo Domingo'],
  ['Ecuador', ['Ecuadorian', 'Ecuadorean'], [], 'Quito'],
  ['Egypt', ['Egyptian'], ['Arab Republic of Egypt'], 'Cairo'],
  ['El Salvador', ['Salvadoran', 'Salvadorean'], [], 'San Salvador'],
  ['Equatorial Guinea', ['Equatoguinean', 'Equatorial Guinean'], [], 'Malabo'],
  ['Eritrea', ['Eritrean'], [], 'Asmara'],
  ['Estonia', ['Estonian'], ['Republic of Estonia'], 'Tallinn'],
  ['Eswatini', ['Swazi'], ['Swaziland'], 'Mbabane'],
  ['Ethiopia', ['Ethiopian'], [], 'Addis Ababa'],
  ['Fiji', ['Fijian'], [], 'Suva'],
  ['Finland', ['Finnish'], ['Republic of Finland'], 'Helsinki'],
  ['France', ['French'], ['French Republic'], 'Paris'],
  ['Gabon', ['Gabonese'], [], 'Libreville'],
  ['Gambia', ['Gambian'], ['The Gambia'], 'Banjul'],
  ['Georgia', ['Georgian'], [], 'Tbilisi'],
  ['Germany', ['German'], ['Federal Republic of Germany'], 'Berlin'],
  ['Ghana', ['Ghanaian'], [], 'Accra'],
  ['Greece', ['Greek', 'Hellenic'], ['Hellenic Republic'], 'Athens'],
  ['Grenada', ['Grenadian'], [], "St. George's"],
  ['Guatemala', ['Guatemalan'], [], 'Guatemala City'],
  ['Guinea', ['Guinean'], [], 'Conakry'],
  ['Guinea-Bissau', ['Bissau-Guinean'], [], 'Bissau'],
  ['Guyana', ['Guyanese'], [], 'Georgetown'],
  ['Haiti', ['Haitian'], [], 'Port-au-Prince'],
  ['Honduras', ['Honduran'], [], 'Tegucigalpa'],
  ['Hungary', ['Hungarian'], [], 'Budapest'],
  ['Iceland', ['Icelandic'], [], 'Reykjavik'],
  ['India', ['Indian'], ['Republic of India'], 'New Delhi'],
  ['Indonesia', ['Indonesian'], ['Republic of Indonesia'], 'Jakarta'],
  ['Iran', ['Iranian'], ['Islamic Republic of Iran'], 'Tehran'],
  ['Iraq', ['Iraqi'], ['Republic of Iraq'], 'Baghdad'],
  ['Ireland', ['Irish'], ['Republic of Ireland', 'Eire'], 'Dublin'],
  ['Israel', ['Israeli'], ['State of Israel'], 'Jerusalem'],
  ['Italy', ['Italian'], ['Italian Republic'], 'Rome'],
  ['Jamaica', ['Jamaican'], [], 'Kingston'],
  ['Japan', ['Japanese'], [], 'Tokyo'],
  ['Jordan', ['Jordanian'], ['Hashemite Kingdom of Jordan'], 'Amman'],
  ['Kazakhstan', ['Kazakh', 'Kazakhstani'], ['Republic of Kazakhstan'], 'Astana'],
  ['Kenya', ['Kenyan'], ['Republic of Kenya'], 'Nairobi'],
  ['Kiribati', ['I-Kiribati'], [], 'Tarawa'],
  ['North Korea', ['North Korean'], ["Democratic People's Republic of Korea", 'DPRK'], 'Pyongyang'],
  ['South Korea', ['South Korean', 'Korean'], ['Republic of Korea', 'ROK', 'Korea'], 'Seoul'],
  ['Kosovo', ['Kosovar', 'Kosovan'], [], 'Pristina'],
  ['Kuwait', ['Kuwaiti'], ['State of Kuwait'], 'Kuwait City'],
  ['Kyrgyzstan', ['Kyrgyz'], ['Kyrgyz Republic', 'Kirghizia'], 'Bishkek'],
  ['Laos', ['Lao', 'Laotian'], ["Lao People's Democratic Republic"], 'Vientiane'],
  ['Latvia', ['Latvian'], ['Republic of Latvia'], 'Riga'],
  ['Lebanon', ['Lebanese'], [], 'Beirut'],
  ['Lesotho', ['Basotho'], [], 'Maseru'],
  ['Liberia', ['Liberian'], [], 'Monrovia'],
  ['Libya', ['Libyan'], [], 'Tripoli'],
  ['Liechtenstein', ['Liechtensteiner'], [], 'Vaduz'],
  ['Lithuania', ['Lithuanian'], ['Republic of Lithuania'], 'Vilnius'],
  ['Luxembourg', ['Luxembourgish', 'Luxembourger'], [], 'Luxembourg'],
  ['Madagascar', ['Malagasy'], [], 'Antananarivo'],
  ['Malawi', ['Malawian'], [], 'Lilongwe'],
  ['Malaysia', ['Malaysian'], [], 'Kuala Lumpur'],
  ['Maldives', ['Maldivian'], [], 'Male'],
  ['Mali', ['Malian'], [], 'Bamako'],
  ['Malta', ['Maltese'], [], 'Valletta'],
  ['Marshall Islands', ['Marshallese'], [], 'Majuro'],
  ['Mauritania', ['Mauritanian'], [], 'Nouakchott'],
  ['Mauritius', ['Mauritian'], [], 'Port Louis'],
  ['Mexico', ['Mexican'], ['United Mexican States'], 'Mexico City'],
  ['Micronesia', ['Micronesian'], [], 'Palikir'],
  ['Moldova', ['Moldovan'], ['Republic of Moldova'], 'Chisinau'],
  ['Monaco', ['Monegasque'], [], 'Monaco'],
  ['Mongolia', ['Mongolian'], [], 'Ulaanbaatar'],
  ['Montenegro', ['Montenegrin'], [], 'Podgorica'],
  ['Morocco', ['Moroccan'], ['Kingdom of Morocco'], 'Rabat'],
  ['Mozambique', ['Mozambican'], [], 'Maputo'],
  ['Myanmar', ['Myanmar', 'Burmese'], ['Burma'], 'Naypyidaw'],
  ['Namibia', ['Namibian'], [], 'Windhoek'],
  ['Nauru', ['Nauruan'], [], 'Yaren'],
  ['Nepal', ['Nepali', 'Nepalese'], [], 'Kathmandu'],
  ['Netherlands', ['Dutch'], ['Holland', 'The Netherlands', 'Kingdom of the Netherlands'], 'Amsterdam'],
  ['New Zealand', ['New Zealand'], ['NZ'], 'Wellington'],
  ['Nicaragua', ['Nicaraguan'], [], 'Managua'],
  ['Niger', ['Nigerien'], [], 'Niamey'],
  ['Nigeria', ['Nigerian'], ['Federal Republic of Nigeria'], 'Abuja'],
  ['North Macedonia', ['Macedonian'], ['Macedonia'], 'Skopje'],
  ['Norway', ['Norwegian'], ['Kingdom of Norway'], 'Oslo'],
  ['Oman', ['Omani'], ['Sultanate of Oman'], 'Muscat'],
  ['Pakistan', ['Pakistani'], ['Islamic Republic of Pakistan'], 'Islamabad'],
  ['Palau', ['Palauan'], [], 'Ngerulmud'],
  ['Palestine', ['Palestinian'], ['State of Palestine', 'Palestinian Territories'], 'Ramallah'],
  ['Panama', ['Panamanian'], [], 'Panama City'],
  ['Papua New Guinea', ['Papua New Guinean'], ['PNG'], 'Port Moresby'],
  ['Paraguay', ['Paraguayan'], [], 'Asuncion'],
  ['Peru', ['Peruvian'], [], 'Lima'],
  ['Philippines', ['Filipino', 'Philippine'], ['The Philippines'], 'Manila'],
  ['Poland', ['Polish'], ['Republic of Poland'], 'Warsaw'],
  ['Portugal', ['Portuguese'], [], 'Lisbon'],
  ['Qatar', ['Qatari'], ['State of Qatar'], 'Doha'],
  ['Romania', ['Romanian'], [], 'Bucharest'],
  ['Russia', ['Russian'], ['Russian Federation'], 'Moscow'],
  ['Rwanda', ['Rwandan'], [], 'Kigali'],
  ['Saint Kitts and Nevis', ['Kittitian'], [], 'Basseterre'],
  ['Saint Lucia', ['Saint Lucian'], [], 'Castries'],
  ['Saint Vincent and the Grenadines', ['Vincentian'], [], 'Kingstown'],
  ['Samoa', ['Samoan'], [], 'Apia'],
  ['San Marino', ['Sammarinese'], [], 'San Marino'],
  ['Sao Tome and Principe', ['Sao Tomean'], [], 'Sao Tome'],
  ['Saudi Arabia', ['Saudi', 'Saudi Arabian'], ['Kingdom of Saudi Arabia', 'KSA'], 'Riyadh'],
  ['Senegal', ['Senegalese'], [], 'Dakar'],
  ['Serbia', ['Serbian', 'Serb'], ['Republic of Serbia'], 'Belgrade'],
  ['Seychelles', ['Seychellois'], [], 'Victoria'],
  ['Sierra Leone', ['Sierra Leonean'], [], 'Freetown'],
  ['Singapore', ['Singaporean'], [], 'Singapore'],
  ['Slovakia', ['Slovak', 'Slovakian'], ['Slovak Republic'], 'Bratislava'],
  ['Slovenia', ['Slovenian', 'Slovene'], [], 'Ljubljana'],
  ['Solomon Islands', ['Solomon Islander'], [], 'Honiara'],
  ['Somalia', ['Somali'], [], 'Mogadishu'],
  ['South Africa', ['South African'], ['Republic of South Africa', 'RSA'], 'Pretoria'],
  ['South Sudan', ['South Sudanese'], [], 'Juba'],
  ['Spain', ['Spanish'], ['Kingdom of Spain'], 'Madrid'],
  ['Sri Lanka', ['Sri Lankan'], [], 'Colombo'],
  ['Sudan', ['Sudanese'], [], 'Khartoum'],
  ['Suriname', ['Surinamese'], [], 'Paramaribo'],
  ['Sweden', ['Swedish'], ['Kingdom of Sweden'], 'Stockholm'],
  ['Switzerland', ['Swiss'], ['Swiss Confederation'], 'Bern'],
  ['Syria', ['Syrian'], ['Syrian Arab Republic'], 'Damascus'],
  ['Taiwan', ['Taiwanese'], ['Republic of China'], 'Taipei'],
  ['Tajikistan', ['Tajik', 'Tajikistani'], ['Republic of Tajikistan'], 'Dushanbe'],
  ['Tanzania', ['Tanzanian'], ['United Republic of Tanzania'], 'Dodoma'],
  ['Thailand', ['Thai'], ['Kingdom of Thailand'], 'Bangkok'],
  ['Timor-Leste', ['Timorese'], ['East Timor'], 'Dili'],
  ['Togo', ['Togolese'], [], 'Lome'],
  ['Tonga', ['Tongan'], [], "Nuku'alofa"],
  ['Trinidad and Tobago', ['Trinidadian', 'Tobagonian'], [], 'Port of Spain'],
  ['Tunisia', ['Tunisian'], [], 'Tunis'],
  ['Turkey', ['Turkish'], ['Türkiye', 'Turkiye', 'Republic of Turkey'], 'Ankara'],
  ['Turkmenistan', ['Turkmen'], [], 'Ashgabat'],
  ['Tuvalu', ['Tuvaluan'], [], 'Funafuti'],
  ['Uganda', ['Ugandan'], [], 'Kampala'],
  ['Ukraine', ['Ukrainian'], [], 'Kyiv'],
  ['United Arab Emirates', ['Emirati'], ['UAE', 'the Emirates'], 'Abu Dhabi'],
  ['United Kingdom', ['British'], ['UK', 'U.K.', 'Britain', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'], 'London'],
  ['United States', ['American', 'US', 'U.S.'], ['United States of America', 'USA', 'U.S.A.', 'US', 'U.S.', 'America'], 'Washington'],
  ['Uruguay', ['Uruguayan'], [], 'Montevideo'],
  ['Uzbekistan', ['Uzbek', 'Uzbekistani'], ['Republic of Uzbekistan'], 'Tashkent'],
  ['Vanuatu', ['Ni-Vanuatu'], [], 'Port Vila'],
  ['Vatican City', ['Vatican'], ['Holy See', 'the Vatican'], 'Vatican City'],
  ['Venezuela', ['Venezuelan'], [], 'Caracas'],
  ['Vietnam', ['Vietnamese'], ['Viet Nam'], 'Hanoi'],
  ['Yemen', ['Yemeni'], [], "Sana'a"],
  ['Zambia', ['Zambian'], [], 'Lusaka'],
  ['Zimbabwe', ['Zimbabwean'], [], 'Harare'],
  // Unions and blocs that speak and meet like countries.
  ['European Union', ['EU', 'European'], ['EU', 'E.U.'], 'Brussels'],
];

export const COUNTRIES: Country[] = ROWS.map(([name, adjectives, aliases, capital]) => ({
  name,
  adjectives,
  aliases,
  capital,
}));

// Other spellings of capitals, for the place finder.
export const CAPITAL_VARIANTS: Record<string, string> = {
  Kiev: 'Kyiv',
  'Nur-Sultan': 'Astana',
  Peking: 'Beijing',
  Bogotá: 'Bogota',
  Brasília: 'Brasilia',
  Yaoundé: 'Yaounde',
  Asunción: 'Asuncion',
  'San José': 'San Jose',
  Lomé: 'Lome',
  Teheran: 'Tehran',
  Rangoon: 'Naypyidaw',
};

/** A name without its accents ("Brasília" -> "Brasilia"); only letters beyond ASCII are decomposed, so it stays cheap. */
export function withoutAccents(word: string): string {
  return word.replace(/[^\x00-\x7f]+/gu, (x) => x.normalize('NFD').replace(/\p{M}/gu, ''));
}

function normalize(word: string): string {
  return withoutAccents(word)
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/[’']s?$/u, '')
    // "Cote D’Ivoire", "Côte d'Ivoire": one apostrophe, no accents.
    .replace(/’/gu, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

const BY_WORD = new Map<string, Country>();
for (const c of COUNTRIES) {
  for (const w of [c.name, ...c.aliases, ...c.adjectives]) {
    const k = normalize(w);
    if (!BY_WORD.has(k)) BY_WORD.set(k, c);
  }
}

/** A state's formal name before its short one: "the Republic of", "the Kingdom of", "the Sultanate of". */
export const FORMAL_PREFIX = /^(?:(?:islamic|federal|democratic|people['’]s|socialist|arab|federative|bolivarian|plurinational|hashemite|united|co-operative|cooperative|independent)\s+)*(?:republic|kingdom|state|sultanate|emirate|principality|grand duchy|commonwealth|federation)\s+of\s+(?:the\s+)?/;

// The rules ask about the same words again and again (every capitalised word of every name run), and each
// question normalizes the word with half a dozen patterns: answers are remembered per process. The answer
// depends on the word alone, so remembering never changes it; past MAX_REMEMBERED words the memory is
// emptied, so it stays bounded.
const countryOfWord = new Map<string, Country | null>();
const MAX_REMEMBERED = 10_000;

/** The country a name, alias or adjective denotes ("Belarus", "Russian", "Russia's", "U.S."), case-insensitive. */
export function findCountry(word: string): Country | undefined {
  if (typeof word !== 'string' || word.length > 80) return undefined;
  const seen = countryOfWord.get(word);
  if (seen !== undefined) return seen ?? undefined;
  const found = lookUpCountry(word);
  if (countryOfWord.size >= MAX_REMEMBERED) countryOfWord.clear();
  countryOfWord.set(word, found ?? null);
  return found;
}

function lookUpCountry(word: string): Country | undefined {
  const k = normalize(word);
  const hit = BY_WORD.get(k) ?? (FORMAL_PREFIX.test(k) ? BY_WORD.get(k.replace(FORMAL_PREFIX, '')) : undefined);
  if (hit) return hit;
  // "Belarus'" possessive already stripped; "Russia's" too. Try without a trailing period ("U.S" typos).
  return BY_WORD.get(k.endsWith('.') ? k.slice(0, -1) : k + '.');
}

/** The country whose capital (or a variant spelling of it) is this city. */
export function findCountryByCapital(city: string): Country | undefined {
  if (typeof city !== 'string') return undefined;
  const c = CAPITAL_VARIANTS[city.trim()] ?? city.trim();
  const k = c.toLowerCase();
  return COUNTRIES.find((x) => x.capital !== null && x.capital.toLowerCase() === k);
}
