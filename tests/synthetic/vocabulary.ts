/** Word lists for synthetic articles: real places, invented people and outlets, topic phrases. */

export const PLACES: [country: string, code: string, cities: string[]][] = [
  ['Kenya', 'KE', ['Nairobi', 'Mombasa', 'Kisumu']],
  ['Nigeria', 'NG', ['Lagos', 'Abuja', 'Kano']],
  ['Ghana', 'GH', ['Accra', 'Kumasi']],
  ['Ethiopia', 'ET', ['Addis Ababa', 'Bahir Dar']],
  ['South Africa', 'ZA', ['Johannesburg', 'Cape Town', 'Durban']],
  ['Egypt', 'EG', ['Cairo', 'Alexandria']],
  ['Morocco', 'MA', ['Rabat', 'Casablanca']],
  ['Senegal', 'SN', ['Dakar']],
  ['Brazil', 'BR', ['Brasília', 'São Paulo', 'Recife']],
  ['Argentina', 'AR', ['Buenos Aires', 'Córdoba']],
  ['Chile', 'CL', ['Santiago', 'Valparaíso']],
  ['Peru', 'PE', ['Lima', 'Cusco']],
  ['Colombia', 'CO', ['Bogotá', 'Medellín']],
  ['Mexico', 'MX', ['Mexico City', 'Guadalajara', 'Monterrey']],
  ['Canada', 'CA', ['Ottawa', 'Toronto', 'Vancouver']],
  ['United States', 'US', ['Washington', 'Chicago', 'Houston']],
  ['France', 'FR', ['Paris', 'Lyon', 'Marseille']],
  ['Germany', 'DE', ['Berlin', 'Hamburg', 'Munich']],
  ['Spain', 'ES', ['Madrid', 'Barcelona', 'Seville']],
  ['Italy', 'IT', ['Rome', 'Milan', 'Naples']],
  ['Poland', 'PL', ['Warsaw', 'Kraków', 'Gdańsk']],
  ['Sweden', 'SE', ['Stockholm', 'Gothenburg']],
  ['Norway', 'NO', ['Oslo', 'Bergen']],
  ['Greece', 'GR', ['Athens', 'Thessaloniki']],
  ['Turkey', 'TR', ['Ankara', 'Istanbul', 'Izmir']],
  ['Ukraine', 'UA', ['Kyiv', 'Lviv', 'Odesa']],
  ['India', 'IN', ['New Delhi', 'Mumbai', 'Chennai', 'Kolkata']],
  ['Pakistan', 'PK', ['Islamabad', 'Karachi', 'Lahore']],
  ['Bangladesh', 'BD', ['Dhaka', 'Chittagong']],
  ['Indonesia', 'ID', ['Jakarta', 'Surabaya']],
  ['Vietnam', 'VN', ['Hanoi', 'Ho Chi Minh City']],
  ['Japan', 'JP', ['Tokyo', 'Osaka', 'Sapporo']],
  ['South Korea', 'KR', ['Seoul', 'Busan']],
  ['Philippines', 'PH', ['Manila', 'Cebu']],
  ['Australia', 'AU', ['Canberra', 'Sydney', 'Melbourne']],
  ['New Zealand', 'NZ', ['Wellington', 'Auckland']],
  ['Fiji', 'FJ', ['Suva']],
  ['Saudi Arabia', 'SA', ['Riyadh', 'Jeddah']],
  ['Jordan', 'JO', ['Amman']],
  ['Kazakhstan', 'KZ', ['Astana', 'Almaty']],
];

// prettier-ignore
export const FIRST_NAMES = [
  'Ana', 'Amara', 'Chidi', 'Wanjiru', 'Kwame', 'Fatima', 'Youssef', 'Thandiwe', 'Mariana', 'Diego',
  'Camila', 'Mateo', 'Sofía', 'Hélène', 'Lukas', 'Marta', 'Giulia', 'Piotr', 'Ingrid', 'Nikos',
  'Elif', 'Olena', 'Priya', 'Arjun', 'Ayesha', 'Rahim', 'Siti', 'Minh', 'Haruto', 'Yuna', 'Ji-woo',
  'Maria', 'Liam', 'Aroha', 'Sione', 'Layla', 'Omar', 'Aigerim', 'Tomasz', 'Nadia', 'Kofi',
  'Leila', 'Rafael', 'Ingrid', 'Anders', 'Chloé', 'Emeka', 'Zanele', 'Mei', 'Kenji',
];

// prettier-ignore
export const SURNAMES = [
  'Ribeiro', 'Okafor', 'Mwangi', 'Mensah', 'Haddad', 'Benali', 'Dlamini', 'Souza', 'Herrera',
  'Rojas', 'Quispe', 'Marchand', 'Becker', 'Kowalczyk', 'Rossi', 'Lindqvist', 'Papadakis',
  'Yilmaz', 'Shevchenko', 'Iyer', 'Chaudhry', 'Rahman', 'Wijaya', 'Nguyen', 'Tanaka', 'Kim',
  'Santos', 'Walker', 'Ngata', 'Tuilagi', 'Al-Rashid', 'Khoury', 'Nurlanovna', 'Nowak', 'Petrova',
  'Asante', 'Farouk', 'Moreno', 'Berg', 'Dubois', 'Eze', 'Khumalo', 'Chen', 'Sato', 'Fernandes',
  'Castillo', 'Hansen', 'Adeyemi', 'Abebe', 'Gutiérrez', 'Varga', 'Novak', 'Osei', 'Bakr', 'Tan',
  'Reyes', 'Park', 'Hoang', 'Singh',
];

// prettier-ignore
export const ROLES = [
  'the finance minister', 'the health minister', 'a union leader',
  'a spokeswoman for the ministry', 'a spokesman for the company',
  'an economist at the central bank', 'the mayor', 'a local farmer', 'an opposition lawmaker',
  'a senior police officer', 'a climate researcher', 'a school principal', 'the chief executive',
  'a hospital director', 'a human rights lawyer', 'the coach',
];

// prettier-ignore
export const ORGANISATIONS = [
  'the World Bank', 'the International Monetary Fund', 'the World Health Organization',
  'the African Union', 'the European Union', 'the United Nations', 'the central bank',
  'the national statistics office', 'the electoral commission', 'the Red Cross',
];

/** Topics with phrases that point at them, so a topic classifier has something to find. */
export const TOPICS: [name: string, phrases: string[]][] = [
  [
    'economy',
    [
      'inflation rose to its highest level in two years',
      'the budget deficit widened',
      'exports of coffee and tea fell',
      'interest rates were left unchanged',
    ],
  ],
  [
    'politics',
    [
      'parliament passed the bill by a narrow margin',
      'the coalition government faces a confidence vote',
      'voters go to the polls next month',
      'the opposition called for early elections',
    ],
  ],
  [
    'health',
    [
      'hospitals reported a rise in measles cases',
      'the vaccination campaign reached rural districts',
      'doctors warned of a shortage of nurses',
      'the new clinic will treat malaria patients',
    ],
  ],
  [
    'environment',
    [
      'the drought has dried up reservoirs',
      'deforestation slowed for a third year',
      'coral reefs suffered another bleaching event',
      'emissions from power plants fell',
    ],
  ],
  [
    'education',
    [
      'teachers went on strike over pay',
      'university fees will rise next year',
      'the exam results were published on Monday',
      'thousands of pupils returned to school',
    ],
  ],
  [
    'sport',
    [
      'the national team won the regional championship',
      'the marathon drew a record field',
      'the striker scored twice in the final',
      'the stadium will host the cup final',
    ],
  ],
  [
    'crime',
    [
      'the court sentenced two men for fraud',
      'police arrested a smuggling gang',
      'the trial of the former governor resumed',
      'judges ruled the detention unlawful',
    ],
  ],
  [
    'disaster',
    [
      'floods forced thousands from their homes',
      'the earthquake damaged roads and bridges',
      'rescue teams searched the collapsed building',
      'the cyclone cut power to coastal towns',
    ],
  ],
  [
    'labour',
    [
      'workers at the port walked out',
      'the minimum wage will rise by eight per cent',
      'unemployment fell to a five-year low',
      'nurses agreed a new pay deal',
    ],
  ],
  [
    'science',
    [
      'the space agency launched a weather satellite',
      'researchers sequenced the genome of a rare plant',
      'the telescope recorded a distant galaxy',
      'a new battery design doubles storage',
    ],
  ],
  [
    'culture',
    [
      'the film festival opened with a local premiere',
      'the museum returned looted artefacts',
      'the novelist won the national book prize',
      'the carnival drew a million visitors',
    ],
  ],
];

export const OUTLET_WORDS = [
  [
    'Harbour',
    'Valley',
    'Coast',
    'Plateau',
    'River',
    'Northern',
    'Southern',
    'Eastern',
    'Western',
    'Capital',
  ],
  [
    'Times',
    'Wire',
    'Courier',
    'Ledger',
    'Herald',
    'Dispatch',
    'Bulletin',
    'Post',
    'Report',
    'Radio',
  ],
];
