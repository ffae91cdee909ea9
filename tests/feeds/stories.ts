/**
 * Sample news stories for the feeds tests, written for the project: the people and events are
 * invented (the countries and cities are real), and every page that carries them says so. None of
 * the quotes was said by anyone.
 */

export interface Story {
  slug: string;
  title: string;
  byline: string;
  /** ISO 8601. */
  published: string;
  paragraphs: string[];
  /** A one-line summary, as feeds carry in their descriptions. */
  teaser: string;
}

export const SAMPLE_NOTE =
  'Sample article written for Broadsheet’s tests. The people and events are invented.';

export const STORIES = {
  kenya: {
    slug: 'nakuru-water-kiosks',
    title: 'Nakuru opens twelve solar water kiosks in its eastern estates',
    byline: 'Achieng Odhiambo',
    published: '2026-12-01T07:30:00+03:00',
    teaser: 'Residents of three estates will pay by the litre from this week.',
    paragraphs: [
      'NAKURU, Kenya — Twelve water kiosks powered by solar pumps opened on Monday in the eastern estates of Nakuru, where households have relied on vendors with handcarts for most of the year.',
      '"For the first time my neighbours can buy clean water at the same price as the people in town," said Wanjiru Kamau, who chairs the Lanet residents\' association. "Nobody should pay five times more because they live at the end of the pipe."',
      'The county water company said each kiosk would sell water by the litre through prepaid tokens and stay open from six in the morning until nine at night.',
      'Its engineer for the project, Daniel Kiprotich, said the pumps had been tested through two weeks of cloudy weather. "The batteries carried every kiosk through the evenings," he said.',
      'Vendors who sold water from handcarts will be offered work as kiosk attendants, according to the company.',
    ],
  },
  porto: {
    slug: 'porto-ferry-timetable',
    title: 'Porto river ferries add late crossings for night-shift workers',
    byline: 'Rui Tavares',
    published: '2026-12-02T09:00:00Z',
    teaser: 'Two crossings after midnight join the winter timetable.',
    paragraphs: [
      'PORTO, Portugal — The ferries that cross the Douro between Porto and Vila Nova de Gaia will run two extra crossings after midnight from January, the operator announced on Wednesday.',
      '"Hospital cleaners and bakery staff told us they were walking across the bridge in the rain at one in the morning," said Inês Carvalho, the operator\'s planning director. "We listened, and the numbers added up."',
      'The late crossings will leave the Ribeira pier at half past midnight and at a quarter to two, and tickets will cost the same as daytime fares.',
      'Paulo Meireles, who works nights at a bakery in Gaia, welcomed the change. "It is twenty minutes I get back every night," he said.',
      'The operator said it would review passenger numbers on the new crossings after three months.',
    ],
  },
  kumasi: {
    slug: 'kumasi-market-roof',
    title: 'Traders return to Kumasi market hall after roof repairs',
    byline: 'Efua Mensah',
    published: '2026-12-02T14:00:00Z',
    teaser: 'The hall reopens after six weeks of work on its roof.',
    paragraphs: [
      'KUMASI, Ghana — More than four hundred traders moved back into the central hall of a Kumasi market on Tuesday after six weeks of repairs to a roof that leaked through the rainy season.',
      '"We lost cloth and grain every time it rained hard," said Kofi Asante, who sells fabric near the eastern gate and leads the traders\' committee. "Today we can unpack without looking at the sky."',
      "The metropolitan assembly said the new roof sheets were fixed with gutters that drain into two storage tanks, which will supply the hall's washrooms.",
      'Abena Owusu, the assembly\'s market manager, said stall fees would not rise this year. "The traders carried the cost of the leaks for long enough," she said.',
    ],
  },
  halifax: {
    slug: 'halifax-library-hours',
    title: 'Halifax branch libraries to open on Sunday afternoons',
    byline: 'Colin MacNeil',
    published: '2026-12-03T10:15:00-04:00',
    teaser: 'Four branches add Sunday hours from the new year.',
    paragraphs: [
      'HALIFAX, Canada — Four branch libraries in Halifax will open from noon until five on Sundays starting in January, after a pilot at the central library drew steady crowds through the autumn.',
      '"Sunday turned out to be the day families could come together," said Marie Leblanc, who manages the branch network. "Students filled every study table by two o\'clock."',
      'The library board said the extra hours would be covered by shifting staff from quieter weekday mornings rather than by new hiring.',
      'Councillor Aaron Whitfield called the change overdue. "Libraries are the last indoor places where nobody asks you to buy anything," he said.',
    ],
  },
  vietnam: {
    slug: 'da-nang-fishing-cooperative',
    title: 'Da Nang fishing cooperative buys a shared cold store',
    byline: 'Nguyễn Minh Châu',
    published: '2026-12-03T03:00:00Z',
    teaser: 'Forty boats will share one cold store on the harbour.',
    paragraphs: [
      'DA NANG, Vietnam — A cooperative of forty fishing boats in Da Nang has opened a shared cold store on the harbour, letting crews keep their catch fresh until prices recover after a glut.',
      '"Before, we had to sell everything the morning we landed, whatever the price," said Trần Thị Hoa, the cooperative\'s treasurer. "Now we can wait two or three days."',
      'The store holds about sixty tonnes and runs partly on panels fixed to its roof, according to the cooperative.',
      'Lê Văn Dũng, who has fished from Da Nang for thirty years, said the crews had saved for the store since the spring. "Every boat put in the same amount, so every boat has the same space," he said.',
    ],
  },
  chile: {
    slug: 'valparaiso-funicular',
    title: 'Valparaíso funicular carries passengers again after restoration',
    byline: 'Camila Rojas',
    published: '2026-12-04T12:00:00-03:00',
    teaser: 'The hillside lift reopens after two years of restoration.',
    paragraphs: [
      'VALPARAÍSO, Chile — One of the wooden funiculars that climb the hills of Valparaíso returned to service on Thursday after two years of restoration of its cars, cables and station.',
      '"My grandmother rode this lift to school, and today my daughter rode it with me," said Matías Fuentes, a teacher who lives at the top of the hill. "The city kept its promise."',
      'The municipal heritage office said the original cars were kept, with new brakes and a cable tested to twice the load it will carry.',
      'Its director, Francisca Soto, said two more funiculars would be restored in the next three years. "They are transport first and postcards second," she said.',
    ],
  },
  iceland: {
    slug: 'akureyri-greenhouse',
    title: 'Akureyri school grows tomatoes through the polar night',
    byline: 'Þóra Magnúsdóttir',
    published: '2026-12-04T08:00:00Z',
    teaser: 'A geothermal greenhouse keeps a school kitchen supplied in winter.',
    paragraphs: [
      "AKUREYRI, Iceland — Pupils at a secondary school in Akureyri are harvesting tomatoes and herbs through the darkest weeks of the year from a greenhouse heated by the town's geothermal water.",
      '“We pick on Monday and the kitchen cooks on Tuesday,” said Sigrún Jónsdóttir, the biology teacher who runs the project. “The pupils understand where heat and light come from in a way no textbook could teach them.”',
      'The school said the greenhouse uses water that has already warmed the sports hall, so it adds nothing to the heating bill.',
      'Einar Þórsson, who is sixteen, said his class now argues about tomato varieties. “Everyone has a favourite, and mine is the small yellow one,” he said.',
    ],
  },
  lyon: {
    slug: 'lyon-bakery-apprentices',
    title: 'Lyon bakeries take on forty apprentices after a winter campaign',
    byline: 'Hélène Marchand',
    published: '2026-12-05T06:45:00+01:00',
    teaser: 'Forty young people start training in the city’s bakeries.',
    paragraphs: [
      'LYON, France — Forty apprentices started training in Lyon’s neighbourhood bakeries this week after a campaign by the bakers’ guild to fill places left empty for three years.',
      '“A bakery that trains nobody closes when its baker retires,” said Étienne Rousseau, who heads the guild’s training committee. “We would rather open our doors at four in the morning to young people than close them for good.”',
      'Each apprentice is paid €950 a month in the first year, the guild said, and spends one week in four at a training centre in Écully.',
      'Zoé Garnier, nineteen, said she had chosen the bakery over a university place. “I like work that is finished by lunchtime and eaten by dinner,” she said.',
    ],
  },
  dunedin: {
    slug: 'dunedin-harbour-cycleway',
    title: 'Dunedin harbour cycleway closes its last gap',
    byline: 'Aroha Ngata',
    published: '2026-12-05T20:00:00+13:00',
    teaser: 'The final stretch of the harbour path opens on Saturday.',
    paragraphs: [
      "DUNEDIN, New Zealand — The last unfinished stretch of the cycleway around Dunedin's harbour opened on Saturday, completing a path that riders can now follow from the city centre to the peninsula without sharing the road.",
      '"People told us they would ride to work if they did not have to face the trucks on the harbour road," said Tama Rewiti, the city council\'s transport manager. "Now they can find out whether they meant it."',
      'The final section runs for three kilometres along a sea wall rebuilt after storms damaged it two winters ago, and includes a boardwalk over a small estuary where wading birds feed at low tide.',
      'Ruth Gallagher, who rides from the peninsula to a physiotherapy clinic in the city, tested the path the day before it opened. "It took me twenty-five minutes, and I did not see a single truck," she said. "I will leave the car at home from Monday."',
      'The council said it would count riders at three points along the path through the summer and publish the figures in the autumn, and that lighting would be added to the darkest stretch before winter.',
      'Local businesses along the route have asked for bicycle racks outside their shops, and the council said it would install the first twenty before Christmas.',
    ],
  },
} satisfies Record<string, Story>;

export type StoryName = keyof typeof STORIES;
