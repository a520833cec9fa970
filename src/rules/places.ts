// Cities that host diplomatic meetings but are not capitals (capitals come from countries.ts),
// and the words that introduce a meeting's place. General knowledge; extend freely.

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
  // Asia and Pacific
  'Shanghai', 'Guangzhou', 'Shenzhen', 'Xiamen', 'Hangzhou', 'Tianjin', 'Qingdao', 'Hong Kong', 'Macau', 'Osaka',
  'Kyoto', 'Hiroshima', 'Busan', 'Mumbai', 'Kolkata', 'Chennai', 'Bangalore', 'Karachi', 'Lahore', 'Ho Chi Minh City',
  'Da Nang', 'Bali', 'Nusa Dua', 'Sydney', 'Melbourne', 'Auckland',
  // Americas
  'New York', 'Los Angeles', 'San Francisco', 'Chicago', 'Miami', 'Houston', 'Camp David', 'Mar-a-Lago', 'Toronto',
  'Montreal', 'Vancouver', 'Sao Paulo', 'Rio de Janeiro', 'Guadalajara', 'Monterrey',
];

/** Words for a city inside a longer phrase: "the Belarusian capital Minsk", "the Black Sea resort of Sochi". */
export const CITY_NOUNS: string[] = ['capital', 'city', 'town', 'port', 'resort', 'village'];

/** Capitalised words after "in" that are never a meeting city. */
export const NOT_CITIES: string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'The', 'This', 'That',
  'His', 'Her', 'Their', 'Our', 'Its', 'Parliament', 'Congress', 'Kremlin', 'Senate', 'Europe', 'Asia', 'Africa',
  'Latin', 'Central', 'Eastern', 'Western', 'Northern', 'Southern', 'Middle', 'Gaza', 'Donbas', 'Crimea', 'Siberia',
  'Palace', 'House', 'Hall', 'Cabinet', 'Council', 'Assembly',
];
