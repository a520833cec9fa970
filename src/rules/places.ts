// Cities that host diplomatic meetings but are not capitals (capitals come from countries.ts),
// the words that introduce a meeting's place, and seats of government that stand for their city
// ("the Kremlin" for Moscow). General knowledge; extend freely.

export const CITIES: string[] = [
  // Europe
  'Geneva', 'Zurich', 'Davos', 'Lausanne', 'Basel', 'Munich', 'Frankfurt', 'Hamburg', 'Bonn', 'Cologne', 'Dresden',
  'Strasbourg', 'Marseille', 'Lyon', 'Nice', 'Milan', 'Naples', 'Florence', 'Venice', 'Turin', 'Barcelona', 'Seville',
  'Porto', 'Antwerp', 'Rotterdam', 'The Hague', 'Gothenburg', 'Bergen', 'Krakow', 'Gdansk', 'Wroclaw', 'Lviv', 'Odesa',
  'Odessa', 'Kharkiv', 'Dnipro', 'Thessaloniki', 'Istanbul', 'Ankara', 'Antalya', 'Izmir', 'Edinburgh', 'Manchester',
  'Salzburg', 'Brest', 'Grodno', 'Gomel', 'Mogilev', 'Vitebsk', 'Minsk', 'Chisinau', 'Batumi', 'Gabala',
  // Russia and Central Asia
  'St Petersburg', 'St. Petersburg', 'Saint Petersburg', 'Sochi', 'Kazan', 'Vladivostok', 'Novosibirsk', 'Yekaterinburg',
  'Kaliningrad', 'Nizhny Novgorod', 'Samara', 'Ufa', 'Almaty', 'Samarkand', 'Bukhara', 'Osh', 'Ashgabat', 'Astana',
  // Middle East and Africa
  'Jeddah', 'Riyadh', 'Dubai', 'Sharm el-Sheikh', 'Alexandria', 'Aqaba', 'Tel Aviv', 'Jerusalem', 'Ramallah', 'Erbil',
  'Basra', 'Mashhad', 'Isfahan', 'Casablanca', 'Marrakech', 'Lagos', 'Johannesburg', 'Cape Town', 'Durban', 'Mombasa',
  'Entebbe', 'Arusha', 'Kisumu', 'Zanzibar', 'Benghazi', 'Misrata', 'Goma', 'Lubumbashi', 'Port Harcourt', 'Kano',
  // Asia and Pacific
  'Nadi', 'Lautoka', 'Nuku’alofa', 'Apia', 'Port Vila', 'Noumea', 'Papeete',
  'Shanghai', 'Guangzhou', 'Shenzhen', 'Xiamen', 'Hangzhou', 'Tianjin', 'Qingdao', 'Hong Kong', 'Macau', 'Osaka',
  'Kyoto', 'Hiroshima', 'Busan', 'Mumbai', 'Kolkata', 'Chennai', 'Bangalore', 'Karachi', 'Lahore', 'Ho Chi Minh City',
  'Da Nang', 'Bali', 'Nusa Dua', 'Sydney', 'Melbourne', 'Auckland',
  // Americas
  'New York City', 'New York', 'Los Angeles', 'San Francisco', 'Chicago', 'Miami', 'Houston', 'Camp David', 'Mar-a-Lago', 'Toronto',
  'Montreal', 'Vancouver', 'Sao Paulo', 'Rio de Janeiro', 'Guadalajara', 'Monterrey', 'Cancun', 'Punta Cana', 'Montego Bay',
  'Cartagena', 'Punta del Este',
];

/**
 * First-level divisions that English copy writes after a city, as it writes a country: "San Diego, California",
 * "Halifax, Nova Scotia", "Cairns, Queensland". With one after it, a name of two or three words is a city.
 */
export const REGIONS: string[] = [
  // United States
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Hawaii',
  'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts',
  'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey',
  'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania',
  'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington',
  'West Virginia', 'Wisconsin', 'Wyoming',
  // Canada
  'Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland', 'Nova Scotia', 'Ontario',
  'Prince Edward Island', 'Quebec', 'Saskatchewan',
  // Australia
  'New South Wales', 'Queensland', 'South Australia', 'Tasmania', 'Victoria', 'Western Australia', 'Northern Territory',
  // The United Kingdom's nations
  'England', 'Scotland', 'Wales', 'Northern Ireland',
  // Territories written after a city: "Bethlehem, West Bank"
  'West Bank', 'Gaza Strip',
];

/** Words for a city inside a longer phrase: "the Belarusian capital Minsk", "the Black Sea resort of Sochi". */
/** Cities news copy writes by their initials ("met in NY", "talks in DC"). */
export const CITY_ABBREVIATIONS: Record<string, string> = { NY: 'New York', NYC: 'New York', DC: 'Washington', HK: 'Hong Kong', KL: 'Kuala Lumpur', LA: 'Los Angeles' };
export const CITY_NOUNS: string[] = ['capital', 'city', 'town', 'port', 'resort', 'village', 'island', 'resort island'];

/** Capitalised words after "in" that are never a meeting city. */
export const NOT_CITIES: string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'The', 'This', 'That',
  'His', 'Her', 'Their', 'Our', 'Its', 'Parliament', 'Congress', 'Kremlin', 'Senate', 'Europe', 'Asia', 'Africa',
  'Latin', 'Central', 'Eastern', 'Western', 'Northern', 'Southern', 'Middle', 'West', 'East', 'North', 'South', 'Southeast', 'Southwest', 'Northeast', 'Northwest', 'Gaza', 'Donbas', 'Crimea', 'Siberia',
  'Palace', 'House', 'Hall', 'Cabinet', 'Council', 'Assembly',
  // Languages ("spoke with Xi in Mandarin") that are no country's adjective.
  'Mandarin', 'Cantonese', 'English', 'Hindi', 'Urdu', 'Bengali', 'Swahili', 'Farsi', 'Pashto', 'Dari', 'Tagalog', 'Malay', 'Hebrew',
];

/**
 * Gatherings that always meet in one city, as news names them: a meeting on their sidelines is there ("met on the
 * sidelines of the 78th UN General Assembly": New York). Matched whole, after any ordinal and "session of the".
 */
export const EVENT_SEATS: Record<string, string> = {
  'United Nations General Assembly': 'New York',
  'UN General Assembly': 'New York',
  'U.N. General Assembly': 'New York',
  UNGA: 'New York',
};

/**
 * Rooms of a seat of government that a transcript's header names alone, on a line of its own ("East Room" above the
 * date of a White House transcript). Only there: other palaces have an East Room and a State Dining Room too.
 */
export const HEADER_ROOMS: Record<string, string> = {
  'East Room': 'Washington',
  'Roosevelt Room': 'Washington',
  'Cabinet Room': 'Washington',
  'State Dining Room': 'Washington',
  'Rose Garden': 'Washington',
  'Cross Hall': 'Washington',
  'Blue Room': 'Washington',
  'Diplomatic Reception Room': 'Washington',
  'South Lawn': 'Washington',
  'Vice President’s Ceremonial Office': 'Washington',
  "Vice President's Ceremonial Office": 'Washington',
  'Indian Treaty Room': 'Washington',
};

/**
 * Seats of government and official residences that stand for their city in news writing
 * ("talks in the Kremlin", "at the White House"). Written without "the"; matched whole.
 */
export const SEATS_OF_GOVERNMENT: Record<string, string> = {
  Kremlin: 'Moscow',
  'White House': 'Washington',
  'Oval Office': 'Washington',
  'State Department': 'Washington',
  'Blair House': 'Washington',
  'Naval Observatory': 'Washington',
  'Eisenhower Executive Office Building': 'Washington',
  Zhongnanhai: 'Beijing',
  'Great Hall of the People': 'Beijing',
  'Diaoyutai State Guesthouse': 'Beijing',
  'Downing Street': 'London',
  'Number 10': 'London',
  'No 10': 'London',
  'No. 10': 'London',
  No10: 'London',
  'Lancaster House': 'London',
  'Elysee Palace': 'Paris',
  'Élysée Palace': 'Paris',
  Elysee: 'Paris',
  'Élysée': 'Paris',
  'Quai d’Orsay': 'Paris',
  "Quai d'Orsay": 'Paris',
  Chancellery: 'Berlin',
  'Bellevue Palace': 'Berlin',
  'Schloss Bellevue': 'Berlin',
  'Blue House': 'Seoul',
  'Yongsan presidential office': 'Seoul',
  Kantei: 'Tokyo',
  'Akasaka Palace': 'Tokyo',
  'Iikura Guest House': 'Tokyo',
  'Hyderabad House': 'New Delhi',
  'Rashtrapati Bhavan': 'New Delhi',
  'South Block': 'New Delhi',
  'Quirinale Palace': 'Rome',
  'Palazzo Chigi': 'Rome',
  Moncloa: 'Madrid',
  'Moncloa Palace': 'Madrid',
  'Casa Rosada': 'Buenos Aires',
  'Planalto Palace': 'Brasilia',
  'Itamaraty Palace': 'Brasilia',
  'Los Pinos': 'Mexico City',
  'Rideau Hall': 'Ottawa',
  'Parliament Hill': 'Ottawa',
  'Cankaya Palace': 'Ankara',
  'Dolmabahce Palace': 'Istanbul',
  'Vahdettin Mansion': 'Istanbul',
  'Mariinsky Palace': 'Kyiv',
  'Belweder': 'Warsaw',
  'Prague Castle': 'Prague',
  'Sandor Palace': 'Budapest',
  'Ak Orda': 'Astana',
  'Akorda': 'Astana',
  'Kuksaroy': 'Tashkent',
  'Palace of Independence': 'Minsk',
  'Bab al-Yamamah': 'Riyadh',
  'Al-Yamamah Palace': 'Riyadh',
  'Ittihadiya Palace': 'Cairo',
  'Malacanang Palace': 'Manila',
  'Malacañang Palace': 'Manila',
  'Istana Negara': 'Kuala Lumpur',
  'Union Buildings': 'Pretoria',
  'Aso Rock': 'Abuja',
  'Flagstaff House': 'Accra',
  'Jubilee House': 'Accra',
  'State House Nairobi': 'Nairobi',
  'PM House': 'Islamabad',
  'Aiwan-e-Sadr': 'Islamabad',
  'Palacio de la Moneda': 'Santiago',
  'La Moneda': 'Santiago',
  'Qasr Al Watan': 'Abu Dhabi',
  'Bayan Palace': 'Kuwait City',
  'Saadabad Palace': 'Tehran',
  'Perdana Putra': 'Putrajaya',
  'Seri Perdana': 'Putrajaya',
  'Wisma Putra': 'Putrajaya',
  'Istana Merdeka': 'Jakarta',
  'Pancasila Building': 'Jakarta',
};

/**
 * Words right before a place that put it on a future occasion, never the meeting's place:
 * "the summit, to be held in Samarkand", "will be held in X", "is due to take place in X",
 * "the next summit in X", "the upcoming ministerial meeting in X", "appoint an envoy to begin negotiations on … in X".
 * Tested on the text before "in".
 */
export const FUTURE_EVENT_BEFORE =
  /\b(?:to be (?:held|hosted|convened)|will (?:be held|take place|convene|gather)|(?:is|are) (?:due|set|scheduled|expected|planned) to (?:take place|be held|convene)|to take place|to (?:begin|start|open|launch|resume) (?:[\p{L}-]+ ){0,2}?(?:negotiations|talks|consultations) (?:on|over|about)|(?:next|upcoming|forthcoming|future|preparations? for(?: the)?|preparing for(?: the)?) (?:[\p{L}-]+ ){0,3}?(?:summit|meeting|session|round|forum|conference|talks|consultations|ministerial|gathering))\b[^.;!?]{0,40}?\b(?:in|at)\s+(?:the\s+)?$/iu;

/** Words of a venue's or a landmark's name, never a city's: "Nairobi National Park", "Villa Somalia", "St George Hall". */
// (not "Bay", "Port", "Mount", "Fort", which name cities: "Walvis Bay", "Port Sudan", "Mount Hagen", "Fort Portal")
export const VENUE_WORDS: readonly string[] = ['park', 'hall', 'villa', 'lake', 'mountain', 'river', 'castle', 'manor', 'lodge', 'museum',
  'university', 'school', 'college', 'church', 'cathedral', 'mosque', 'temple', 'square', 'street', 'avenue', 'road', 'bridge', 'beach', 'gardens', 'garden',
  'harbour', 'harbor', 'base', 'camp', 'tower', 'arena', 'theatre', 'theater', 'pavilion', 'residence', 'estate', 'building'];

/**
 * A dateline whose agency follows the city, after a full stop and sometimes with the day between ("ASTANA. KAZINFORM –",
 * "Astana. July 4. KazTAG -", an agency in capitals with no dash: "NUR-SULTAN. KAZINFORM Presidents of …"), or in capitals
 * before the day ("Addis Ababa ENA August 8/2019"). (Read only where the city is a known one.)
 */
export const CITY_DOT_AGENCY_DATELINE = /^\s*(\p{Lu}[\p{L} '’-]{1,30}?)(?:\.\s+(?:(?:\p{Lu}\p{Ll}+\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+)\.\s+)?\p{Lu}[\p{L}-]{1,20}(?:\s+\p{Lu}[\p{L}-]{1,20})?\s*[-–—]\s|\.\s+\p{Lu}{3,20}\s+(?=\p{Lu}\p{Ll})|\s+\p{Lu}{2,6}\s+(?:\p{Lu}\p{Ll}+\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+)(?:[/,]\s?\d{4}|\s\d{4})?(?:\s*[-–—:(]|\s+\p{Lu}|\s*$))/u;
