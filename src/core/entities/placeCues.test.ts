// Places and honorifics from news of many countries: geographic heads in other languages, place
// prepositions and "the town of X" make a place; honorifics before a name are no part of it.
// Every sentence here is invented for these tests.
import { describe, expect, it } from 'vitest';
import { annotate } from '../annotate';

function typesIn(body: string): string[] {
  return annotate({ body }).entities.map((entity) => `${entity.type}:${entity.name}`);
}

describe('places without a gazetteer entry', () => {
  it.each([
    ['Climbers were stranded near the Cordillera Blanca for three days.', 'Cordillera Blanca'],
    ['Farmers in the Sierra Madre said the drought was the worst in memory.', 'Sierra Madre'],
    ['Smoke from Volcán de Fuego drifted over the valley.', 'Volcán de Fuego'],
    ['Divers found the wreck off Pulau Weh on Sunday.', 'Pulau Weh'],
    ['The road to Wadi Rum was closed, and Jebel Musa was shut.', 'Wadi Rum'],
    ['Ferries to Isla Mujeres were cancelled.', 'Isla Mujeres'],
    ['The River Ravi burst its banks overnight.', 'River Ravi'],
    ['Residents of the town of Kasese were told to leave.', 'Kasese'],
    ['Relief reached the village of Ban Nong Saeng by boat.', 'Ban Nong Saeng'],
    ['The cyclone passed across Vanua Levu overnight.', 'Vanua Levu'],
  ])('%s', (body, place) => {
    expect(typesIn(body)).toContain(`location:${place}`);
  });

  it('keeps a person whose given name is also a geographic word', () => {
    const body = 'The coach said Rio Ferdinand had improved.';
    expect(typesIn(body)).toContain('person:Rio Ferdinand');
  });

  it('does not take a person after "according to" for a place', () => {
    const body = '"The trail is full," according to Matías Oyarzún, a guide.';
    expect(typesIn(body)).not.toContain('location:Matías Oyarzún');
  });
});

describe('places in datelines and after place words', () => {
  it('takes a dateline town the gazetteer lacks, named in title case', () => {
    const body = 'LABUAN BAJO, Indonesia — The ferry sank at dawn.';
    expect(typesIn(body)).toEqual(['location:Labuan Bajo', 'location:Indonesia']);
  });

  it('takes a single name after "off" or "via" for a place', () => {
    const body = 'The ship ran aground off Ouvéa, and rescuers came via Besisahar.';
    expect(typesIn(body)).toEqual(['location:Ouvéa', 'location:Besisahar']);
  });

  it('takes a name before a comma and a country for a place, not before a possessive', () => {
    expect(typesIn('Boats were found along the coast of Aceh, Indonesia.')).toEqual([
      'location:Aceh',
      'location:Indonesia',
    ]);
    expect(typesIn('The ship left Vanua Levu, Fiji, on Monday.')).toContain('location:Vanua Levu');
    const envoy = "Sutrisno, Indonesia's envoy, said talks would resume.";
    expect(typesIn(envoy)).toContain('person:Sutrisno');
  });

  it('takes the one-word names of a list of places for places', () => {
    expect(typesIn('Members at yards in Ulsan, Geoje and Mokpo joined.')).toEqual([
      'location:Ulsan',
      'location:Geoje',
      'location:Mokpo',
    ]);
    const states = 'Cases rose in Kano, and Bauchi, Zamfara and Sokoto states reported more.';
    expect(typesIn(states)).toEqual([
      'location:Kano',
      'location:Bauchi',
      'location:Zamfara',
      'location:Sokoto',
    ]);
  });

  it('does not take languages or an apposition for a list of places', () => {
    expect(typesIn('A guide will appear in Yoruba, Hausa, Igbo and Pidgin.')).toEqual([]);
    const body = 'Keidanren, Japan’s largest business lobby, welcomed the deal.';
    expect(typesIn(body)).not.toContain('location:Keidanren');
  });

  it('takes no person for a name that opens with a Spanish article', () => {
    expect(typesIn("Argentina's El Chaltén, a trekking hub, grew.")).toEqual([
      'location:Argentina',
    ]);
    const paper = 'He was quoted by the newspaper La Prensa Austral as saying so.';
    expect(typesIn(paper)).toEqual(['organization:La Prensa Austral']);
    expect(typesIn('It stands beside Bab Zuweila, one of the gates.')).toEqual([
      'location:Bab Zuweila',
    ]);
  });

  it('drops a participle that opens a sentence before a place', () => {
    expect(typesIn('Neighbouring Niger and Cameroon have also reported cases.')).toEqual([
      'location:Niger',
      'location:Cameroon',
    ]);
  });

  it('takes a name before a lower-case division noun for a place', () => {
    expect(typesIn('Residents of Companiganj upazila waded through water.')).toEqual([
      'location:Companiganj',
    ]);
  });

  it('takes a name before a lower-case place noun for a place', () => {
    expect(typesIn('The plane landed at Juanda airport after a delay.')).toEqual([
      'location:Juanda',
    ]);
    expect(typesIn('The fire spread to neighbouring Nakhon Ratchasima province.')).toEqual([
      'location:Nakhon Ratchasima',
    ]);
  });

  it('takes the names of a list before a plural place noun for places', () => {
    expect(typesIn('Salinity rose at stations in Ben Tre and Tra Vinh provinces.')).toEqual([
      'location:Ben Tre',
      'location:Tra Vinh',
    ]);
    expect(typesIn('Ben Carson and Tra Vinh met.')).toContain('person:Ben Carson');
  });

  it('takes a name after "in" and before ", where/which" for a place despite a given name', () => {
    const body = 'In Ben Tre, which is known for coconuts, farmers said salt was rising.';
    expect(typesIn(body)).toEqual(['location:Ben Tre']);
  });

  it('cuts a place after "on" out of a capitalised run', () => {
    expect(typesIn('Fishermen on Lake Malawi said catches were falling.')).toEqual([
      'location:Lake Malawi',
    ]);
  });
});

describe('honorifics of other languages', () => {
  it.each([
    ['Tan Sri Muhyiddin Yassin said the coalition would hold.', 'Muhyiddin Yassin'],
    ['The plan was backed by Datuk Seri Anwar Ibrahim on Monday.', 'Anwar Ibrahim'],
    ["The talks were led by Dato' Sri Anwar Ibrahim.", 'Anwar Ibrahim'],
    ['Pak Joko said the rice harvest was poor.', 'Joko'],
    ['The bill was praised by Smt Sushma Swaraj in the house.', 'Sushma Swaraj'],
    ['Guests included Alhaji Aliko Dangote and his wife.', 'Aliko Dangote'],
    ['"We want peace," said Ustaz Abdul Somad.', 'Abdul Somad'],
    ['The minister met Wang Yi in Jakarta.', 'Wang Yi'],
  ])('%s', (body, name) => {
    expect(typesIn(body)).toContain(`person:${name}`);
  });

  it('takes "Cabinet Secretary" for a title, not a body', () => {
    const body = 'Agriculture Cabinet Secretary Mohamed Abdi Hassan visited Garissa.';
    expect(typesIn(body)).not.toContain('organization:Agriculture Cabinet Secretary');
    expect(typesIn(body)).toContain('person:Mohamed Abdi Hassan');
  });

  it('keeps "Sri" as a given name when no honorific comes before it', () => {
    const body = 'Sri Mulyani Indrawati said the budget was sound.';
    expect(typesIn(body)).toContain('person:Sri Mulyani Indrawati');
  });
});
